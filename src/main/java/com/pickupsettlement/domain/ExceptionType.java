package com.pickupsettlement.domain;

/**
 * The breaks of rulebook 4. Each has exactly one SQL file, named after it, under
 * src/main/resources/sql/reconcile, that inserts the rows whose condition holds at the cut-off.
 */
public enum ExceptionType {
    UNKNOWN_ORDER(Severity.WARNING),
    DUPLICATE_TRACKING(Severity.BLOCKING),
    PARCEL_COUNT_MISMATCH(Severity.BLOCKING),
    NOT_SHIPPED(Severity.WARNING),
    UNMANIFESTED_PARCEL(Severity.WARNING),
    WRONG_POINT(Severity.BLOCKING),
    LATE_ARRIVAL(Severity.WARNING),
    OVERDUE_IN_TRANSIT(Severity.WARNING),
    UNCLAIMED(Severity.WARNING),
    COLLECTED_AFTER_CANCEL(Severity.BLOCKING),
    PARTIAL_COLLECTION(Severity.BLOCKING),
    VALUE_MISMATCH(Severity.WARNING),
    CURRENCY_MISMATCH(Severity.WARNING),
    HANDOVER_WITHOUT_ARRIVAL(Severity.WARNING),
    INCOMPLETE_SHIPMENT(Severity.WARNING),
    RETURNED_NOT_REFUNDED(Severity.WARNING);

    public enum Severity { WARNING, BLOCKING }

    private final Severity severity;

    ExceptionType(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }
}
