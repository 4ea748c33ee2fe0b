package com.pickupsettlement.domain;

import static com.pickupsettlement.domain.ExceptionType.Clock.DAYS_TO_SHIP;
import static com.pickupsettlement.domain.ExceptionType.Clock.HOLDING;
import static com.pickupsettlement.domain.ExceptionType.Clock.NONE;
import static com.pickupsettlement.domain.ExceptionType.Clock.TRANSIT;
import static com.pickupsettlement.domain.ExceptionType.Key.ORDER;
import static com.pickupsettlement.domain.ExceptionType.Key.TRACKING;
import static com.pickupsettlement.domain.ExceptionType.Key.TRACKING_PER_ORDER;
import static com.pickupsettlement.domain.ExceptionType.Severity.BLOCKING;
import static com.pickupsettlement.domain.ExceptionType.Severity.WARNING;

/**
 * The breaks of rulebook 4, one constant per row of its table: the severity, the key and the SLA
 * clock are written here and nowhere else. The order of the constants is the order the rules run
 * in. Each type has exactly one SQL file, named after it, under src/main/resources/sql/reconcile,
 * that inserts the rows whose condition holds at the cut-off; it receives the type and severity as
 * parameters. How to add one: the reconcile package's header (package-info.java).
 */
public enum ExceptionType {
    UNKNOWN_ORDER(WARNING, TRACKING_PER_ORDER, NONE),
    DUPLICATE_TRACKING(BLOCKING, TRACKING_PER_ORDER, NONE),
    PARCEL_COUNT_MISMATCH(BLOCKING, ORDER, NONE),
    NOT_SHIPPED(WARNING, ORDER, DAYS_TO_SHIP),
    UNMANIFESTED_PARCEL(WARNING, TRACKING, NONE),
    WRONG_POINT(BLOCKING, TRACKING, NONE),
    // Late or not is known when the parcel arrives, an event: no clock has to run out for it.
    LATE_ARRIVAL(WARNING, TRACKING, NONE),
    OVERDUE_IN_TRANSIT(WARNING, TRACKING, TRANSIT),
    UNCLAIMED(WARNING, TRACKING, HOLDING),
    COLLECTED_AFTER_CANCEL(BLOCKING, ORDER, NONE),
    PARTIAL_COLLECTION(BLOCKING, ORDER, NONE),
    VALUE_MISMATCH(WARNING, ORDER, NONE),
    CURRENCY_MISMATCH(WARNING, ORDER, NONE),
    HANDOVER_WITHOUT_ARRIVAL(WARNING, TRACKING, NONE),
    INCOMPLETE_SHIPMENT(WARNING, ORDER, DAYS_TO_SHIP),
    RETURNED_NOT_REFUNDED(WARNING, ORDER, NONE);

    public enum Severity { WARNING, BLOCKING }

    /**
     * Rulebook 4's key column and 8's identity: an ORDER row leaves tracking_number empty; a
     * TRACKING row is one per tracking number, with the order of its first accepted line (or
     * empty); a TRACKING_PER_ORDER row is one per distinct (tracking_number, order_id) of the
     * lines involved.
     */
    public enum Key { ORDER, TRACKING, TRACKING_PER_ORDER }

    /**
     * The SLA clock whose running out alone, with no new row in any feed, can make the condition
     * hold: an incremental night must then look at the keys whose clock ran out since the
     * previous cut-off. NONE when only a new or changed row can (an SLA figure may still appear
     * in the condition, as in LATE_ARRIVAL).
     */
    public enum Clock {
        NONE,
        /** settlement.sla.days-to-ship, counted in Moscow calendar dates from order_time. */
        DAYS_TO_SHIP,
        /** settlement.sla.transit, a duration from a parcel's dispatched_at. */
        TRANSIT,
        /** settlement.sla.holding, a duration from the ARRIVED event that made a parcel's status. */
        HOLDING
    }

    private final Severity severity;
    private final Key key;
    private final Clock clock;

    ExceptionType(Severity severity, Key key, Clock clock) {
        this.severity = severity;
        this.key = key;
        this.clock = clock;
    }

    public Severity severity() {
        return severity;
    }

    public Key key() {
        return key;
    }

    public Clock clock() {
        return clock;
    }
}
