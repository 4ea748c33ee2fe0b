package com.pickupsettlement.sampledata;

/**
 * The data-quality faults the generator plants when anomalies are on. Business events (cancels,
 * refusals, returns, refunds, refunds after collection) are not here: they happen either way.
 *
 * <p>An order carries at most one order-level anomaly, so the exceptions it raises are the ones
 * intended and easy to trace. Row-level faults (late uploads, re-sent rows, formula-looking ids)
 * are decided per row from a hash of the row's identity.
 */
final class Anomaly {
    static final int NONE = 0;
    static final int GHOST = 1;                 // the marketplace never sends the order: UNKNOWN_ORDER
    static final int GHOST_LATE = 2;            // ... sends it nine days late
    static final int WRONG_POINT = 3;           // a parcel is delivered to the other point
    static final int LATE_ARRIVAL = 4;          // a parcel arrives more than 8 days after dispatch
    static final int LOST_PARCEL = 5;           // a parcel never arrives: OVERDUE_IN_TRANSIT
    static final int UNMANIFESTED = 6;          // the carrier leaves a parcel off the manifest
    static final int NO_ARRIVAL_SCAN = 7;       // HANDED_OVER without ARRIVED
    static final int DUPLICATE_TRACKING = 8;    // a parcel labelled with another order's tracking number
    static final int PARTIAL_COLLECTION = 9;    // one parcel of several refused
    static final int COLLECTED_AFTER_CANCEL = 10;
    static final int RETURNED_NOT_REFUNDED = 11;
    static final int COUNT_MISMATCH = 12;       // manifest lines disagree on parcel_count
    static final int VALUE_MISMATCH = 13;       // declared values 20 % below the order amount
    static final int CURRENCY_MISMATCH = 14;

    /** Orders per 10,000 with each anomaly (about 2 % in all), indexed by the constants above. */
    private static final int[] PER_10000 = {0, 20, 10, 15, 30, 10, 15, 10, 10, 50, 10, 10, 10, 10, 5};

    static final int PRIMARY = 0;
    static final int ECHO_DUPLICATE = 1;        // the same event re-sent identically the next day
    static final int ECHO_CONFLICT = 2;         // ... re-sent with a changed operator: conflicting event

    private Anomaly() {
    }

    static int pick(long hash) {
        int roll = Hash.below(hash, 10_000);
        for (int a = 1; a < PER_10000.length; a++) {
            roll -= PER_10000[a];
            if (roll < 0) {
                return a;
            }
        }
        return NONE;
    }

    /** What decides an event's late upload and re-sending ({@link #lateDays}, {@link #echo}). */
    static long eventHash(Setup setup, int placeDay, int index, int parcel, int type) {
        return Hash.of(setup.seed, 10, placeDay, index * 16L + parcel * 4L + type);
    }

    /** Pickup events uploaded one (0.3 %) or two (0.1 %) days late. */
    static int lateDays(long hash) {
        int r = (int) (hash & 1023);
        return r < 3 ? 1 : r == 3 ? 2 : 0;
    }

    static int echo(long hash) {
        int r = (int) (hash >>> 10 & 1023);
        return r < 2 ? ECHO_DUPLICATE : r == 2 ? ECHO_CONFLICT : PRIMARY;
    }

    /** An orders or manifest row sent twice in a row (0.3 %). */
    static boolean duplicateRow(long hash) {
        return (hash >>> 20 & 1023) < 3;
    }

    /** A cell that looks like a spreadsheet formula (0.1 %): valid data the outputs must defuse. */
    static boolean formula(long hash) {
        return (hash >>> 30 & 1023) == 0;
    }
}
