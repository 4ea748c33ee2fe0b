package com.pickupsettlement.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rulebook 7 under kill -9: a run killed at several points, then recover, then run again,
 * publishes exactly what a clean run publishes, and no row is loaded twice.
 */
class CrashRecoveryIT {
    private static final String DATE = "2026-11-02";

    @TempDir
    Path work;
    Path inbox;

    @BeforeEach
    void generateInbox() throws Exception {
        inbox = work.resolve("inbox");
        PickupJar.Result gen = new PickupJar(work).run("generate", "--inbox", inbox.toString(), "--from", DATE,
                "--days", "1", "--orders", "6000", "--seed", "11");
        assertEquals(0, gen.exitCode(), gen.all());
    }

    @AfterEach
    void stopOrphanedServers() throws Exception {
        EmbeddedServers.stopAll(work);
    }

    @Test
    void killedAtSeveralPoints_WhenRecoveredAndRerun_ThenOutputsMatchACleanRun() throws Exception {
        Path cleanDir = Files.createDirectories(work.resolve("clean"));
        PickupJar clean = new PickupJar(cleanDir);
        long started = System.nanoTime();
        PickupJar.Result ok = clean.run("run", "--date", DATE, "--inbox", inbox.toString(), "--out", "out");
        long cleanMillis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(0, ok.exitCode(), ok.all());
        String cleanCounts = counts(clean);

        // Kill points spread over the run: start-up and load, classification and merge, settlement, publishing.
        // CI kills at 5 points; the long version by hand: mvn verify -Dit.test=CrashRecoveryIT -Dfault.killPoints=20
        int points = Integer.getInteger("fault.killPoints", 5);
        for (int k = 0; k < points; k++) {
            double share = 0.55 + 0.42 * k / Math.max(1, points - 1);
            long killAfterMillis = (long) (cleanMillis * share);
            Path dir = Files.createDirectories(work.resolve("crash-" + killAfterMillis));
            PickupJar crashing = new PickupJar(dir);
            Process p = crashing.start("run", "--date", DATE, "--inbox", inbox.toString(), "--out", "out");
            boolean finished = p.waitFor(killAfterMillis, TimeUnit.MILLISECONDS);
            if (!finished) {
                p.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook runs
            }
            PickupJar.Result recover = crashing.run("recover", "--date", DATE);
            assertEquals(0, recover.exitCode(), recover.all());
            PickupJar.Result rerun = crashing.run("run", "--date", DATE, "--inbox", inbox.toString(), "--out", "out");
            assertEquals(0, rerun.exitCode(), "killed after " + killAfterMillis + " ms: " + rerun.all());
            for (String name : OutputFolders.names(cleanDir.resolve("out").resolve(DATE))) {
                assertEquals(Files.readString(cleanDir.resolve("out").resolve(DATE).resolve(name)),
                        Files.readString(dir.resolve("out").resolve(DATE).resolve(name)),
                        name + " after a kill at " + killAfterMillis + " ms");
            }
            assertEquals(cleanCounts, counts(crashing), "rows loaded once, after a kill at " + killAfterMillis + " ms");
        }
    }

    /** The per-date counts of `status --format csv`, less the timing columns. */
    private static String counts(PickupJar jar) throws Exception {
        PickupJar.Result status = jar.run("status", "--format", "csv");
        assertEquals(0, status.exitCode(), status.all());
        StringBuilder sb = new StringBuilder();
        for (String line : status.stdout().split("\n")) {
            String[] c = line.split(",");
            if (c.length >= 11 && !c[0].equals("date")) {
                assertTrue(c[1].equals("COMPLETED"), line);
                sb.append(String.join(",", c[0], c[4], c[5], c[6], c[7], c[8], c[9], c[10])).append('\n');
            }
        }
        return sb.toString();
    }
}
