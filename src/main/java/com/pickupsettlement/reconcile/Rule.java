package com.pickupsettlement.reconcile;

import com.pickupsettlement.domain.ExceptionType;
import com.pickupsettlement.system.SqlScript;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * One exception type's rule as detection runs it: its SQL, which inserts into exception_today the
 * rows whose condition holds and receives the type and severity as {@code :type} and
 * {@code :severity} (so they are written once, in {@link ExceptionType}), and the SLA clock whose
 * window the incremental scope must include for it.
 */
record Rule(String type, ExceptionType.Severity severity, ExceptionType.Clock clock, SqlScript sql) {

    /** A type of the rulebook: its SQL is sql/reconcile/TYPE.sql. */
    static Rule of(ExceptionType type) {
        return new Rule(type.name(), type.severity(), type.clock(),
                SqlScript.load("sql/reconcile/" + type.name() + ".sql"));
    }

    Rule rewritten(UnaryOperator<String> rewrite) {
        return new Rule(type, severity, clock, sql.rewritten(rewrite));
    }

    Map<String, Object> parameters() {
        return Map.of("type", type, "severity", severity.name());
    }

    /** What a change of this rule changes: its definition and its statements (see the fingerprint). */
    String definition() {
        return type + " " + severity + " " + clock + "\n" + sql.text();
    }
}
