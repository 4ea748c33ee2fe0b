package com.pickupsettlement.report.html;

import com.pickupsettlement.domain.ExceptionType;
import java.util.Objects;

/** How many exceptions of a type are open at the date with a given age_days (rulebook 4 and 8). */
public record ExceptionCount(ExceptionType type, long ageDays, long count) {
    public ExceptionCount {
        Objects.requireNonNull(type, "type");
        Checks.count(ageDays, "ageDays");
        Checks.count(count, "count");
    }
}
