package com.pickupsettlement.domain;

/** The exact reject wordings of rulebook 8. */
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

    private RejectReason() {
    }

    public static String badFormat(String field) {
        return "bad format (" + field + ")";
    }
}
