package com.pickupsettlement.sampledata;

/**
 * What every part of one generation run shares: the options, the calendar and the id spaces.
 *
 * <p>The go-live backlog: the first business date's files also carry the orders of the
 * {@link #BACKLOG_DAYS} days before it, as in the conformance set, so parcels arrive and are
 * collected from the first day on. A backlog day has the normal daily volume but at most
 * {@link #BACKLOG_CAP} orders, so that a stress run's first file stays near a normal day's size
 * instead of thirteen times it.
 */
final class Setup {
    static final int BACKLOG_DAYS = 12;
    static final int BACKLOG_CAP = 20_000;
    static final String[] POINTS = {"MSK-01", "MSK-02"};

    final long seed;
    final boolean anomalies;
    final int firstDay;
    final int lastDay;
    final int ordersPerDay;
    final int trackingWidth;
    final long orderNoShift;
    final long trackingShift;
    final Moscow moscow = new Moscow();

    Setup(InboxGenerator.Options options) {
        this.seed = options.seed();
        this.anomalies = options.anomalies();
        this.firstDay = (int) options.firstDate().toEpochDay();
        this.lastDay = firstDay + options.days() - 1;
        this.ordersPerDay = options.ordersPerDay();
        int width = 7;
        for (long space = 10_000_000L; space < 3L * ordersPerDay; space *= 10) {
            width++;
        }
        this.trackingWidth = width;
        this.orderNoShift = Math.floorMod(Hash.of(seed, 11, 0, 0), Ids.ORDER_SPACE);
        this.trackingShift = Math.floorMod(Hash.of(seed, 12, 0, 0), Ids.pow10(width));
    }

    int firstPlaceDay() {
        return firstDay - BACKLOG_DAYS;
    }

    int ordersOn(int day) {
        if (day < firstPlaceDay() || day > lastDay) {
            return 0;
        }
        return day < firstDay ? Math.min(ordersPerDay, BACKLOG_CAP) : ordersPerDay;
    }
}
