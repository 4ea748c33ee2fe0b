package com.pickupsettlement.sampledata;

import java.util.BitSet;

/**
 * Where one file's rejected rows go. The feeds are refused when more than 1 % of the rows and
 * more than 5 rows are rejected (rulebook 2.5), so a file gets at most 5 bad rows while it is
 * small and 0.4 % once it is large: deliberately far from refusal. A file may be written in
 * chunks (the go-live backlog); the allowance is re-computed on the rows so far, so the whole
 * file keeps within it whatever its final size.
 */
final class BadRows {
    private final Rng random = new Rng();
    private final int reasons;
    private final boolean enabled;
    private final SpoiledOrders spoiled;
    private long rows;
    private long bad;
    private int reason;
    private int[] positions = new int[0];
    private int next;

    BadRows(Setup setup, int fileDay, int feed, int reasons, SpoiledOrders spoiled) {
        random.seed(Hash.of(setup.seed, 6, fileDay, feed));
        this.spoiled = spoiled;
        this.reasons = reasons;
        this.enabled = setup.anomalies;
        this.reason = random.nextInt(reasons);
    }

    static long allowance(long rows) {
        if (rows < 40) {
            return 0;
        }
        return rows <= 1250 ? Math.min(5, 1 + rows / 250) : rows * 4 / 1000;
    }

    /**
     * Plans a chunk of {@code chunkRows} rows of which {@code scheduled} are already meant to be
     * rejected (re-sent conflicting events); returns how many of those may stay, and picks rows to
     * spoil with the rest of the allowance.
     */
    int plan(int chunkRows, int scheduled) {
        if (!enabled) {
            positions = new int[0];
            next = 0;
            return 0;
        }
        rows += chunkRows;
        int keep = (int) Math.max(0, Math.min(scheduled, allowance(rows) - bad));
        bad += keep;
        int spoil = (int) Math.max(0, Math.min(chunkRows / 2, allowance(rows) - bad));
        bad += spoil;
        BitSet chosen = new BitSet(chunkRows);
        for (int picked = 0; picked < spoil; ) {
            int row = random.nextInt(chunkRows);
            if (!chosen.get(row)) {
                chosen.set(row);
                picked++;
            }
        }
        positions = chosen.stream().toArray();
        next = 0;
        return keep;
    }

    /**
     * The reason (0 .. reasons-1) to spoil row {@code i} of the chunk with, or -1 to leave it. A
     * spoiled row's order is noted, so that no resolution names a break the row may have undone.
     */
    int reasonFor(int i, OrderPlan plan) {
        if (next < positions.length && positions[next] == i) {
            next++;
            spoiled.add(plan);
            return reason++ % reasons;
        }
        return -1;
    }
}
