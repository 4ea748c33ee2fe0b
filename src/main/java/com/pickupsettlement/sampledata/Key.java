package com.pickupsettlement.sampledata;

/**
 * A row to write, packed into one long so a day's rows sort as a primitive array:
 * [19 bits: seconds since the scan's base][6: days back to the order's placement]
 * [30: order index][8: feed-specific detail]. Sorting the longs sorts the rows by time.
 */
final class Key {
    static final int MAX_TIME = (1 << 19) - 1;

    private Key() {
    }

    static long pack(long secondsFromBase, int daysBack, int index, int detail) {
        long t = Math.max(0, Math.min(MAX_TIME, secondsFromBase));
        return t << 44 | (long) daysBack << 38 | (long) index << 8 | detail;
    }

    static int daysBack(long key) {
        return (int) (key >>> 38 & 63);
    }

    static int index(long key) {
        return (int) (key >>> 8 & ((1 << 30) - 1));
    }

    static int detail(long key) {
        return (int) (key & 255);
    }
}
