package com.pickupsettlement.e2e;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Drives the product's fault points (see FaultPoint in the system package): starts a run armed
 * with one and waits until the run announces it is there.
 */
final class FaultPoints {
    private static final String ANNOUNCEMENT = "FAULT POINT REACHED: ";

    private FaultPoints() {
    }

    /** Starts {@code jar} with the point armed; returns once the run waits at it. */
    static PickupJar.Started runUntil(PickupJar jar, String point, String... args) throws Exception {
        PickupJar.Started started = jar.withEnv("SETTLEMENT_FAULT_POINT", point).start(args);
        long deadline = System.nanoTime() + 5L * 60 * 1_000_000_000;
        while (System.nanoTime() < deadline) {
            if (Files.readString(started.stdout()).contains(ANNOUNCEMENT + point)) {
                return started;
            }
            if (!started.process().isAlive()) {
                fail("the run ended (exit " + started.process().exitValue() + ") without reaching fault point "
                        + point + ":\n" + started.output());
            }
            Thread.sleep(20);
        }
        started.process().destroyForcibly();
        fail("fault point " + point + " not reached within 5 minutes:\n" + started.output());
        return started;
    }

    /**
     * A seeded choice of {@code count} points from groups of points (one group per stage), taken
     * round-robin over the shuffled groups so that even a handful reaches every stage.
     */
    static List<String> choose(Map<String, List<String>> groups, int count, long seed) {
        Random random = new Random(seed);
        List<List<String>> shuffled = new ArrayList<>();
        for (List<String> group : new LinkedHashMap<>(groups).values()) {
            List<String> g = new ArrayList<>(group);
            Collections.shuffle(g, random);
            shuffled.add(g);
        }
        List<String> chosen = new ArrayList<>();
        for (int round = 0; chosen.size() < count; round++) {
            boolean any = false;
            for (List<String> g : shuffled) {
                if (round < g.size() && chosen.size() < count) {
                    chosen.add(g.get(round));
                    any = true;
                }
            }
            if (!any) {
                break;
            }
        }
        return chosen;
    }

    /**
     * The kill points a run of the suite uses, from the system properties: {@code fault.killPoints}
     * ("all" or a count, default 6) takes a seeded handful (the README's command); {@code
     * fault.shard=K/N} takes every Nth point of the whole list in its seeded order, starting at the
     * Kth, so that N runs (CI: one per time zone) together kill at every point once. With {@code
     * fault.afterQuick=true} the shards leave out the handful, which the README's command, run by
     * CI too, has killed already.
     */
    static List<String> selected(Map<String, List<String>> groups) {
        long seed = Long.getLong("fault.seed", 20261127L);
        String requested = System.getProperty("fault.killPoints", "6").trim();
        int count = requested.equals("all") ? Integer.MAX_VALUE : Integer.parseInt(requested);
        String shard = System.getProperty("fault.shard", "").trim();
        if (shard.isEmpty()) {
            return choose(groups, count, seed);
        }
        List<String> all = choose(groups, Integer.MAX_VALUE, seed);
        if (Boolean.getBoolean("fault.afterQuick")) {
            // The handful is the head of the whole list: both are taken round-robin from the same shuffle.
            all = all.subList(Math.min(count, all.size()), all.size());
        }
        return shard(all, shard);
    }

    /** Shard "K/N" (1 <= K <= N) of {@code points}: those at index K-1, K-1+N, K-1+2N, ... */
    static List<String> shard(List<String> points, String shard) {
        String[] kn = shard.split("/");
        if (kn.length != 2) {
            throw new IllegalArgumentException("fault.shard must be K/N, e.g. 2/3: " + shard);
        }
        int k = Integer.parseInt(kn[0].trim());
        int n = Integer.parseInt(kn[1].trim());
        if (n < 1 || k < 1 || k > n) {
            throw new IllegalArgumentException("fault.shard must be K/N with 1 <= K <= N: " + shard);
        }
        List<String> chosen = new ArrayList<>();
        for (int i = k - 1; i < points.size(); i += n) {
            chosen.add(points.get(i));
        }
        return chosen;
    }

    static Path resumeFile(Path dir) {
        return dir.resolve("resume-fault-point");
    }
}
