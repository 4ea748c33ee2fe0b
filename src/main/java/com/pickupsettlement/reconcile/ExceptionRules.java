package com.pickupsettlement.reconcile;

import com.pickupsettlement.domain.ExceptionType;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The rules detection runs, in order: one per {@link ExceptionType}. A bean of its own so that a
 * test can run the pipeline with one rule more (see package-info.java).
 */
@Component
class ExceptionRules {
    private final List<Rule> rules;

    ExceptionRules() {
        this(Arrays.stream(ExceptionType.values()).map(Rule::of).toList());
    }

    ExceptionRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    List<Rule> rules() {
        return rules;
    }
}
