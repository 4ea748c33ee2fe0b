package com.pickupsettlement.sampledata;

import java.util.Arrays;

/**
 * The life of one order, recomputed from (seed, placement day, index) whenever a day needs it:
 * placement, dispatch, each parcel's events, a later CANCELLED/REFUNDED version. Nothing is kept
 * between days, which is what keeps memory flat; the price is recomputing ~40 days of timelines
 * per day, cheap because only times are drawn here (see {@link OrderDetails} for the rest).
 *
 * <p>All random draws happen in a fixed order whatever the outcome, and anomalies come from a
 * separate hash, so an order looks the same with anomalies on or off unless it is picked for one.
 */
final class OrderPlan {
    static final long NONE = Long.MIN_VALUE;
    static final int NO_DAY = Integer.MIN_VALUE;
    static final int ARRIVED = 0;
    static final int HANDED_OVER = 1;
    static final int REFUSED = 2;
    static final int RETURNED = 3;
    static final String[] EVENT_TYPES = {"ARRIVED", "HANDED_OVER", "REFUSED", "RETURNED"};
    static final int NO_VERSION = 0;
    static final int CANCELLED = 1;
    static final int REFUNDED = 2;

    private static final int CANCEL = 0;
    private static final int COLLECT = 1;
    private static final int COLLECT_THEN_REFUND = 2;
    private static final int REFUSE = 3;
    private static final int UNCLAIMED = 4;
    /** Days after placement by which a collected (or cancelled) order has nothing left to emit. */
    private static final int SHORT_SPAN = 26;
    private static final long DAY = Moscow.DAY;
    private static final long HOUR = 3600;

    private final Setup setup;
    private final Rng rng = new Rng();
    int placeDay;
    int index;
    long orderTime;
    long updatedAt;
    boolean chinaOffset;
    int point;
    int parcels;
    int anomaly;
    int paidReportDay;
    int version;
    long versionAt;
    boolean dispatched;
    long dispatchAt;
    int omittedParcel;
    int duplicateTrackingParcel;
    int countMismatchParcel;
    private int fate;
    private final long[] eventAt = new long[12];
    private final int[] parcelPoint = new int[3];
    private final long[] arrive = new long[3];
    private final int[] visitDays = new int[3];
    private final long[] visitClock = new long[3];
    private final long[] returnDelay = new long[3];
    private final long[] gap = new long[3];

    OrderPlan(Setup setup) {
        this.setup = setup;
    }

    long eventAt(int parcel, int type) {
        return eventAt[parcel * 4 + type];
    }

    int parcelPoint(int parcel) {
        return parcelPoint[parcel];
    }

    void load(int day, int idx) {
        load(day, idx, day);
    }

    /** Returns false, leaving the plan half-built, when the order cannot touch {@code scanDay}'s files. */
    boolean load(int day, int idx, int scanDay) {
        Moscow msk = setup.moscow;
        placeDay = day;
        index = idx;
        long start = msk.startOfDay(day);
        long length = msk.startOfDay(day + 1) - start;
        Rng r = rng.seed(Hash.of(setup.seed, 1, day, idx));
        // Order i falls in the i-th 1/n of the day: an even spread, and the index alone rebuilds the order.
        orderTime = Math.min(start + length - 1, start + (long) ((idx + r.nextDouble()) * length / setup.ordersOn(day)));
        updatedAt = orderTime + 5 + r.nextInt(296);
        chinaOffset = r.nextInt(100) < 45;
        point = r.nextInt(100) < 70 ? 0 : 1;
        int roll = r.nextInt(100);
        parcels = roll < 60 ? 1 : roll < 90 ? 2 : 3;
        roll = r.nextInt(10_000);
        fate = roll < 150 ? CANCEL : roll < 450 ? REFUSE : roll < 650 ? UNCLAIMED
                : roll < 760 ? COLLECT_THEN_REFUND : COLLECT;
        anomaly = plannedAnomaly(setup, day, idx);
        applyOverrides();
        if (scanDay - day > SHORT_SPAN && (fate == COLLECT || fate == CANCEL)) {
            return false;
        }
        long dispatchDelay = HOUR + r.nextInt(47 * 3600);
        long cancelDelay = 600 + r.nextInt(Moscow.DAY);
        for (int p = 0; p < 3; p++) {
            arrive[p] = 6 * DAY + r.nextLong(2 * DAY);
            int v = r.nextInt(100);
            visitDays[p] = v < 25 ? 0 : v < 50 ? 1 : v < 70 ? 2 : v < 85 ? 3 : v < 95 ? 4 : 5;
            visitClock[p] = 9 * HOUR + r.nextInt(13 * 3600);
            returnDelay[p] = r.nextLong(2 * DAY);
            gap[p] = 10 + r.nextInt(50);
        }
        boolean together = r.nextInt(100) < 70;
        double later = r.nextDouble();

        paidReportDay = anomaly == Anomaly.GHOST ? NO_DAY
                : anomaly == Anomaly.GHOST_LATE ? day + 9 : msk.dayOf(updatedAt);
        version = NO_VERSION;
        versionAt = NONE;
        omittedParcel = -1;
        duplicateTrackingParcel = -1;
        countMismatchParcel = -1;
        Arrays.fill(eventAt, NONE);
        Arrays.fill(parcelPoint, point);
        if (fate == CANCEL) {
            dispatched = false;
            setVersion(CANCELLED, updatedAt + cancelDelay);
            return true;
        }
        dispatched = true;
        dispatchAt = Math.floorDiv(orderTime + dispatchDelay, 60) * 60;
        long lastArrival = 0;
        for (int p = 0; p < parcels; p++) {
            arrive[p] += dispatchAt;
            if (p == 0 && anomaly == Anomaly.LATE_ARRIVAL) {
                arrive[0] = dispatchAt + 8 * DAY + HOUR + Hash.below(Hash.of(setup.seed, 3, day, idx), 3 * Moscow.DAY);
            }
            lastArrival = Math.max(lastArrival, arrive[p]);
        }
        long lastVisit = 0;
        long lastReturn = 0;
        long visit = visitAfter(lastArrival, visitDays[0], visitClock[0]);
        for (int p = 0; p < parcels; p++) {
            visit = together ? visit + (p == 0 ? 0 : gap[p]) : visitAfter(arrive[p], visitDays[p], visitClock[p]);
            lastVisit = Math.max(lastVisit, visit);
            set(p, ARRIVED, arrive[p]);
            if (fate == COLLECT || fate == COLLECT_THEN_REFUND) {
                set(p, HANDED_OVER, visit);
            } else if (fate == REFUSE) {
                set(p, REFUSED, visit);
                set(p, RETURNED, visit + DAY + returnDelay[p]);
            } else {
                // Unclaimed: sent back once the 14-day storage has run out.
                set(p, RETURNED, arrive[p] + 15 * DAY + returnDelay[p] / 2);
            }
            lastReturn = Math.max(lastReturn, eventAt(p, RETURNED));
            if (p == parcels - 1 && anomaly == Anomaly.PARTIAL_COLLECTION) {
                set(p, HANDED_OVER, NONE);
                set(p, REFUSED, visit);
                set(p, RETURNED, visit + DAY + returnDelay[p]);
            }
        }
        if (fate == COLLECT_THEN_REFUND) {
            setVersion(REFUNDED, lastVisit + DAY + (long) (later * 9 * DAY));
        } else if ((fate == REFUSE || fate == UNCLAIMED) && anomaly != Anomaly.RETURNED_NOT_REFUNDED) {
            setVersion(REFUNDED, lastReturn + 2 * HOUR + (long) (later * 2 * DAY));
        }
        plantParcelAnomaly(later);
        return true;
    }

    /** An order's anomaly without building its plan: one hash, cheap enough to ask of a whole day. */
    static int plannedAnomaly(Setup setup, int day, int idx) {
        if (!setup.anomalies || idx < 0 || idx >= setup.ordersOn(day)) {
            return Anomaly.NONE;
        }
        int anomaly = Anomaly.pick(Hash.of(setup.seed, 2, day, idx));
        // A duplicate tracking number is the previous order's label, so the day's first order has none.
        return anomaly == Anomaly.DUPLICATE_TRACKING && idx == 0 ? Anomaly.NONE : anomaly;
    }

    /** Anomalies that need a dispatched order, or a given number of parcels, decide the fate. */
    private void applyOverrides() {
        if (anomaly == Anomaly.PARTIAL_COLLECTION || anomaly == Anomaly.COUNT_MISMATCH
                || anomaly == Anomaly.NO_ARRIVAL_SCAN) {
            parcels = Math.max(2, parcels);
        }
        switch (anomaly) {
            case Anomaly.NONE -> {
            }
            case Anomaly.RETURNED_NOT_REFUNDED -> fate = REFUSE;
            case Anomaly.PARTIAL_COLLECTION, Anomaly.COLLECTED_AFTER_CANCEL, Anomaly.NO_ARRIVAL_SCAN -> fate = COLLECT;
            default -> fate = fate == CANCEL ? COLLECT : fate; // the rest show on parcels, so ship the order
        }
    }

    private void plantParcelAnomaly(double later) {
        int last = parcels - 1;
        switch (anomaly) {
            case Anomaly.WRONG_POINT -> parcelPoint[0] = 1 - point;
            case Anomaly.LOST_PARCEL -> Arrays.fill(eventAt, 0, 4, NONE);
            case Anomaly.NO_ARRIVAL_SCAN -> {
                // Collected on its own, before the other parcels: the exception shows until they are.
                set(0, ARRIVED, NONE);
                set(0, HANDED_OVER, Math.min(eventAt(0, HANDED_OVER), visitAfter(arrive[0], 0, visitClock[0])));
            }
            case Anomaly.UNMANIFESTED -> omittedParcel = last;
            case Anomaly.DUPLICATE_TRACKING -> {
                // The label is the previous order's; the centre's scans of it are that order's events.
                duplicateTrackingParcel = last;
                Arrays.fill(eventAt, last * 4, last * 4 + 4, NONE);
            }
            case Anomaly.COUNT_MISMATCH -> countMismatchParcel = last;
            case Anomaly.COLLECTED_AFTER_CANCEL -> setVersion(CANCELLED, dispatchAt + 2 * HOUR + (long) (later * 2 * DAY));
            default -> {
            }
        }
    }

    /** Buyers come during opening hours (09:00-22:00), some days after the parcel is ready. */
    private long visitAfter(long ready, int days, long clock) {
        Moscow msk = setup.moscow;
        int day = msk.dayOf(ready) + days;
        long visit = msk.startOfDay(day) + clock;
        return visit < ready + 600 ? msk.startOfDay(day + 1) + clock : visit;
    }

    private void set(int parcel, int type, long at) {
        eventAt[parcel * 4 + type] = at;
    }

    private void setVersion(int status, long at) {
        version = status;
        versionAt = at;
    }
}
