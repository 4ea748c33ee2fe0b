package com.pickupsettlement.report.html;

import com.pickupsettlement.domain.ExceptionType;
import java.util.Objects;

/**
 * How many exceptions of a type are open at the date with a given age_days (rulebook 4 and 8).
 * The type and severity are those the exception history recorded, as in the CSV, so the report
 * shows any type detection ran (a test's extra rule included) without a second list of types.
 */
public record ExceptionCount(String type, ExceptionType.Severity severity, long ageDays, long count) {
    public ExceptionCount {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(severity, "severity");
        Checks.count(ageDays, "ageDays");
        Checks.count(count, "count");
    }

    public static ExceptionCount of(ExceptionType type, long ageDays, long count) {
        return new ExceptionCount(type.name(), type.severity(), ageDays, count);
    }
}
