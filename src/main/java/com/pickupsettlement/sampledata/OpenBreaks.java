package com.pickupsettlement.sampledata;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds breaks the generator planted that are certainly open on a date, for finance's
 * resolutions file (rulebook 9) to name: the BLOCKING ones that never clear by themselves.
 * "Certainly" means every row the exception rests on is in a file of an earlier date (finance
 * saw it in yesterday's exceptions file), no planted bad row touched its orders (see
 * {@link SpoiledOrders}), its order cannot have settled first, and no earlier resolutions file
 * named its orders ({@code used}).
 *
 * <p>Identities are the exceptions file's (rulebook 8): WRONG_POINT is the order of the parcel's
 * first line and its tracking number, so a parcel whose label another order borrowed is left
 * out; DUPLICATE_TRACKING is the tracking number and each order on its lines; a
 * PARCEL_COUNT_MISMATCH has no tracking number.
 *
 * <p>Orders are looked at oldest first and the search stops once every slot is full, so a
 * file costs a few days' worth of hashes at most, whatever the volume.
 */
final class OpenBreaks {
    static final String WRONG_POINT = "WRONG_POINT";
    static final String DUPLICATE_TRACKING = "DUPLICATE_TRACKING";
    static final String PARCEL_COUNT_MISMATCH = "PARCEL_COUNT_MISMATCH";
    private static final int SLOTS = 2;

    /**
     * One open exception and its order; for a duplicate tracking number, {@code other} is the
     * order that borrowed the label, which stays blocked once the parcel is released.
     */
    record Break(String type, String orderId, String tracking, long order, boolean settlesTonight,
                 String otherOrderId, long other) {
    }

    private final Setup setup;
    private final SpoiledOrders spoiled;
    private final OrderPlan plan;
    private final OrderPlan partner;
    /** A released WRONG_POINT whose order then settles the same night; the other WRONG_POINTs. */
    final List<Break> wrongPointTonight = new ArrayList<>();
    final List<Break> wrongPoint = new ArrayList<>();
    final List<Break> duplicateTracking = new ArrayList<>();
    final List<Break> countMismatch = new ArrayList<>();

    OpenBreaks(Setup setup, SpoiledOrders spoiled) {
        this.setup = setup;
        this.spoiled = spoiled;
        this.plan = new OrderPlan(setup);
        this.partner = new OrderPlan(setup);
    }

    void find(int day, Set<Long> used) {
        wrongPointTonight.clear();
        wrongPoint.clear();
        duplicateTracking.clear();
        countMismatch.clear();
        for (int placed = Math.max(setup.firstPlaceDay(), day - DayScan.WINDOW); placed < day && !full(); placed++) {
            int count = setup.ordersOn(placed);
            for (int i = 0; i < count && !full(); i++) {
                int anomaly = OrderPlan.plannedAnomaly(setup, placed, i);
                if (!SpoiledOrders.isBreak(anomaly) || spoiled.contains(placed, i)
                        || used.contains(SpoiledOrders.key(placed, i))) {
                    continue;
                }
                plan.load(placed, i);
                switch (anomaly) {
                    case Anomaly.WRONG_POINT -> wrongPoint(day);
                    case Anomaly.DUPLICATE_TRACKING -> duplicateTracking(day, used);
                    default -> countMismatch(day);
                }
            }
        }
    }

    private boolean full() {
        return wrongPointTonight.size() >= 1 && wrongPoint.size() >= SLOTS
                && duplicateTracking.size() >= SLOTS && countMismatch.size() >= SLOTS;
    }

    /** Parcel 0 arrives, and is handed over, at the other point. */
    private void wrongPoint(int day) {
        if (SpoiledOrders.lendsItsLabel(setup, plan.placeDay, plan.index)) {
            return; // the parcel's first line may be the borrower's: another identity
        }
        int opened = Math.max(Math.max(paidDay(plan), linesDay(plan)),
                Math.min(eventDay(plan, 0, OrderPlan.ARRIVED), eventDay(plan, 0, OrderPlan.HANDED_OVER)));
        if (opened >= day) {
            return;
        }
        boolean tonight = collectedAndPaidBy(plan, day);
        List<Break> list = tonight ? wrongPointTonight : wrongPoint;
        if (list.size() < (tonight ? 1 : SLOTS)) {
            list.add(new Break(WRONG_POINT, orderId(plan), tracking(plan, plan.index, 0), key(plan), tonight, null, 0));
        }
    }

    /** The plan is the borrower; the partner, the order before it, owns the label. */
    private void duplicateTracking(int day, Set<Long> used) {
        int owner = plan.index - 1;
        if (duplicateTracking.size() >= SLOTS || spoiled.contains(plan.placeDay, owner)
                || used.contains(SpoiledOrders.key(plan.placeDay, owner))) {
            return;
        }
        partner.load(plan.placeDay, owner);
        if (!partner.dispatched || partner.omittedParcel == 0 || partner.duplicateTrackingParcel == 0) {
            return; // the owner has no line of its own with that label
        }
        int opened = Math.max(linesDay(plan), linesDay(partner));
        int collected = Integer.MIN_VALUE;
        for (int p = 0; p < partner.parcels; p++) {
            collected = Math.max(collected, eventDay(partner, p, OrderPlan.HANDED_OVER));
        }
        if (opened >= day || collected < opened) {
            return; // not open yet, or the owner may have settled before the second line came
        }
        duplicateTracking.add(new Break(DUPLICATE_TRACKING, orderId(partner), tracking(partner, owner, 0),
                key(partner), false, orderId(plan), key(plan)));
    }

    private void countMismatch(int day) {
        if (countMismatch.size() < SLOTS && linesDay(plan) < day) {
            countMismatch.add(new Break(PARCEL_COUNT_MISMATCH, orderId(plan), "", key(plan), false, null, 0));
        }
    }

    /**
     * An order with no planted break whose first parcel is its own: a CLOSE of a WRONG_POINT
     * for it is certainly not open. Null when the window holds no such order.
     */
    Break cleanOrder(int day) {
        int placed = Math.max(setup.firstPlaceDay(), day - 10);
        int count = setup.ordersOn(placed);
        int start = count == 0 ? 0 : Hash.below(Hash.of(setup.seed, 15, day, 0), count);
        for (int k = 0; k < count; k++) {
            int i = (start + k) % count;
            if (OrderPlan.plannedAnomaly(setup, placed, i) == Anomaly.NONE
                    && !SpoiledOrders.lendsItsLabel(setup, placed, i)) {
                plan.load(placed, i);
                if (plan.dispatched) {
                    return new Break(WRONG_POINT, orderId(plan), tracking(plan, i, 0), key(plan), false, null, 0);
                }
            }
        }
        return null;
    }

    /** Every parcel handed over in a file up to {@code day} and still PAID there: settleable once released. */
    private boolean collectedAndPaidBy(OrderPlan p, int day) {
        if (p.version != OrderPlan.NO_VERSION && fileDay(setup.moscow.dayOf(p.versionAt)) <= day) {
            return false;
        }
        for (int parcel = 0; parcel < p.parcels; parcel++) {
            if (eventDay(p, parcel, OrderPlan.HANDED_OVER) > day
                    || p.eventAt(parcel, OrderPlan.REFUSED) != OrderPlan.NONE
                    || p.eventAt(parcel, OrderPlan.RETURNED) != OrderPlan.NONE) {
                return false;
            }
        }
        return true;
    }

    /** The date of the file a row reported on {@code day} is in: the go-live file holds the backlog. */
    private int fileDay(int day) {
        return Math.max(day, setup.firstDay);
    }

    private int paidDay(OrderPlan p) {
        return p.paidReportDay == OrderPlan.NO_DAY ? Integer.MAX_VALUE : fileDay(p.paidReportDay);
    }

    private int linesDay(OrderPlan p) {
        return fileDay(setup.moscow.dayOf(p.dispatchAt));
    }

    /** The file an event is in, late uploads included (as {@link DayScan} reports it); MAX_VALUE when none. */
    private int eventDay(OrderPlan p, int parcel, int type) {
        long at = p.eventAt(parcel, type);
        if (at == OrderPlan.NONE) {
            return Integer.MAX_VALUE;
        }
        long h = Anomaly.eventHash(setup, p.placeDay, p.index, parcel, type);
        return fileDay(setup.moscow.dayOf(at) + Anomaly.lateDays(h));
    }

    private String orderId(OrderPlan p) {
        StringBuilder sb = new StringBuilder(16);
        Ids.orderId(sb, p.placeDay, Ids.orderNo(setup, p.index));
        return sb.toString();
    }

    private String tracking(OrderPlan p, int index, int parcel) {
        StringBuilder sb = new StringBuilder(16);
        Ids.tracking(sb, setup, p.placeDay, index, parcel);
        return sb.toString();
    }

    private static long key(OrderPlan p) {
        return SpoiledOrders.key(p.placeDay, p.index);
    }
}
