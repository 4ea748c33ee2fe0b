package com.pickupsettlement.sampledata;

/**
 * Finds every row that belongs to one day's files by replaying the timelines of the orders placed
 * in the {@value #WINDOW} days before it (an order's life, refunds and late uploads included, ends
 * well within that), and collects them as sorted keys. This per-day working set is all the
 * generator holds in memory.
 */
final class DayScan {
    static final int WINDOW = 40;

    final LongList orders = new LongList();
    final LongList manifest = new LongList();
    final LongList events = new LongList();
    private final Setup setup;
    private final OrderPlan plan;

    DayScan(Setup setup) {
        this.setup = setup;
        this.plan = new OrderPlan(setup);
    }

    void scan(int day) {
        orders.clear();
        manifest.clear();
        events.clear();
        // Keys count seconds from three days back: late and re-sent events are up to three days old.
        long base = setup.moscow.startOfDay(day - 3);
        long cutOff = setup.moscow.startOfDay(day + 1);
        for (int placed = Math.max(setup.firstPlaceDay(), day - WINDOW); placed <= day; placed++) {
            int count = setup.ordersOn(placed);
            for (int i = 0; i < count; i++) {
                if (plan.load(placed, i, day)) {
                    collect(day, base, cutOff, day - placed, i);
                }
            }
        }
        orders.sort();
        manifest.sort();
        events.sort();
    }

    private void collect(int day, long base, long cutOff, int back, int i) {
        Moscow msk = setup.moscow;
        if (plan.paidReportDay == day) {
            orders.add(Key.pack(plan.updatedAt - base, back, i, 0));
        }
        if (plan.version != OrderPlan.NO_VERSION && msk.dayOf(plan.versionAt) == day) {
            orders.add(Key.pack(plan.versionAt - base, back, i, OrdersFeed.VERSION_ROW));
        }
        if (!plan.dispatched) {
            return;
        }
        if (msk.dayOf(plan.dispatchAt) == day) {
            manifest.add(Key.pack(plan.dispatchAt - base, back, i, plan.parcels));
        }
        for (int p = 0; p < plan.parcels; p++) {
            for (int type = 0; type < 4; type++) {
                long at = plan.eventAt(p, type);
                if (at == OrderPlan.NONE || at >= cutOff || at < base) {
                    continue;
                }
                int eventDay = msk.dayOf(at);
                int late = 0;
                int echo = Anomaly.PRIMARY;
                if (setup.anomalies) {
                    long h = Anomaly.eventHash(setup, plan.placeDay, i, p, type);
                    late = Anomaly.lateDays(h);
                    echo = Anomaly.echo(h);
                }
                int reported = eventDay + late;
                if (reported == day) {
                    events.add(Key.pack(at - base, back, i, PickupsFeed.detail(p, type, Anomaly.PRIMARY)));
                } else if (echo != Anomaly.PRIMARY && reported + 1 == day) {
                    events.add(Key.pack(at - base, back, i, PickupsFeed.detail(p, type, echo)));
                }
            }
        }
    }
}
