package com.pickupsettlement.domain;

import java.util.Map;

/**
 * The exact reject wordings of rulebook 8, written here and nowhere else. The row parsers use them
 * for the field checks; the checks against other rows are set-based SQL (sql/ingest/classify_*,
 * sql/resolve/2_judge.sql), which receives them as the parameters of {@link #SQL_PARAMETERS}
 * instead of repeating them as literals.
 */
public final class RejectReason {
    public static final String WRONG_COLUMN_COUNT = "wrong column count";
    public static final String MISSING_FIELD = "missing field";
    public static final String OUT_OF_RANGE = "out of range";
    public static final String UNKNOWN_CODE = "unknown code";
    public static final String FIELD_TOO_LONG = "field too long";
    public static final String CONFLICTING_VERSION = "conflicting version";
    public static final String IMMUTABLE_FIELD_CHANGED = "immutable field changed";
    public static final String CONFLICTING_EVENT = "conflicting event";
    public static final String EVENT_IN_THE_FUTURE = "event in the future";
    /** Rulebook 9, resolutions file only. */
    public static final String NOT_OPEN = "not open";
    /** Rulebook 9, resolutions file only. */
    public static final String CONFLICTING_RESOLUTION = "conflicting resolution";

    /** The reasons decided in SQL, by parameter name ({@code :conflictingVersion} and so on). */
    public static final Map<String, String> SQL_PARAMETERS = Map.of(
            "conflictingVersion", CONFLICTING_VERSION,
            "immutableFieldChanged", IMMUTABLE_FIELD_CHANGED,
            "conflictingEvent", CONFLICTING_EVENT,
            "notOpen", NOT_OPEN,
            "conflictingResolution", CONFLICTING_RESOLUTION);

    private RejectReason() {
    }

    public static String badFormat(String field) {
        return "bad format (" + field + ")";
    }
}
