package com.pickupsettlement.sampledata;

import java.util.HashSet;
import java.util.Set;

/**
 * The orders a planted bad row touched, among those a resolution may name. A rejected order row,
 * manifest line or event can undo a planted break (no wrong-point event, no second line for a
 * tracking number), so finance's file must not close an exception that then never opened.
 * Only orders with a break a resolution may name, and the order whose label a duplicate
 * tracking number borrows, are kept: a few per day even at a million orders a day.
 */
final class SpoiledOrders {
    private final Setup setup;
    private final Set<Long> orders = new HashSet<>();

    SpoiledOrders(Setup setup) {
        this.setup = setup;
    }

    static long key(int placeDay, int index) {
        return (long) placeDay << 32 | index;
    }

    void add(OrderPlan plan) {
        if (isBreak(plan.anomaly) || lendsItsLabel(setup, plan.placeDay, plan.index)) {
            orders.add(key(plan.placeDay, plan.index));
        }
    }

    boolean contains(int placeDay, int index) {
        return orders.contains(key(placeDay, index));
    }

    /** Resolutions name only orders placed within the scan window, so older ones can go. */
    void forgetPlacedBefore(int placeDay) {
        orders.removeIf(k -> (int) (k >> 32) < placeDay);
    }

    /** The BLOCKING breaks that never clear by themselves, the ones finance resolves. */
    static boolean isBreak(int anomaly) {
        return anomaly == Anomaly.WRONG_POINT || anomaly == Anomaly.DUPLICATE_TRACKING
                || anomaly == Anomaly.COUNT_MISMATCH;
    }

    /** The next order's last parcel carries this order's first label (a duplicate tracking number). */
    static boolean lendsItsLabel(Setup setup, int placeDay, int index) {
        return OrderPlan.plannedAnomaly(setup, placeDay, index + 1) == Anomaly.DUPLICATE_TRACKING;
    }
}
