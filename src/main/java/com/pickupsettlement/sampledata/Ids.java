package com.pickupsettlement.sampledata;

/**
 * Identifiers derived, not stored: each is a bijection of (day, order index, parcel, event type),
 * so they are unique without a registry and any day can rebuild the ids of earlier days.
 * The multipliers are powers of 3, hence coprime with 10: x * m + c mod 10^w is a permutation,
 * which makes the numbers look scattered like real ones while staying unique.
 */
final class Ids {
    static final long ORDER_SPACE = 1_000_000_000L;

    private Ids() {
    }

    static long pow10(int n) {
        long p = 1;
        for (int i = 0; i < n; i++) {
            p *= 10;
        }
        return p;
    }

    static long orderNo(Setup s, int index) {
        return Math.floorMod(index * 387_420_489L + s.orderNoShift, ORDER_SPACE);
    }

    /** 16 digits: 81, the placement day, a scattered per-day number. */
    static void orderId(StringBuilder sb, int placeDay, long orderNo) {
        sb.append("81");
        Fmt.pad(sb, Math.floorMod(placeDay, 100_000), 5);
        Fmt.pad(sb, orderNo, 9);
    }

    /** SP + day + scattered number + RU: 14 characters up to 3.3 million orders a day. */
    static void tracking(StringBuilder sb, Setup s, int placeDay, int index, int parcel) {
        long space = pow10(s.trackingWidth);
        long x = Math.floorMod((index * 3L + parcel) * 1_594_323L + s.trackingShift, space);
        sb.append("SP");
        Fmt.pad(sb, Math.floorMod(placeDay, 1000), 3);
        Fmt.pad(sb, x, s.trackingWidth);
        sb.append("RU");
    }

    /**
     * Point, event date, then a number unique among the events of that date: events happen within
     * 40 days of the order, so the placement day modulo 100 tells orders of different days apart.
     */
    static void eventId(StringBuilder sb, int point, int eventDay, int placeDay, long orderNo, int parcel, int type) {
        sb.append(point == 0 ? "MSK01-" : "MSK02-");
        Fmt.yyyymmdd(sb, eventDay);
        sb.append('-');
        Fmt.pad(sb, (Math.floorMod(placeDay, 100) * ORDER_SPACE + orderNo) * 12 + parcel * 4L + type, 13);
    }
}
