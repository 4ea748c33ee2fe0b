package com.pickupsettlement.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault: the PostgreSQL server dies in the middle of a night (SIGKILL of the postmaster, as in a
 * crash or OOM kill). The run fails cleanly; after recover and a re-run, on a server that went
 * through crash recovery, the outputs are byte-identical to a clean run's.
 */
class DatabaseCrashIT {
    private static final String DATE = "2026-11-02";

    @TempDir
    Path work;

    @AfterEach
    void stopServers() throws Exception {
        EmbeddedServers.stopAll(work);
    }

    @Test
    void serverKilledMidRun_WhenRecoveredAndRerun_ThenOutputsMatchACleanRun() throws Exception {
        Path inbox = work.resolve("inbox");
        assertEquals(0, new PickupJar(work).run("generate", "--inbox", inbox.toString(), "--from", DATE, "--days", "1",
                "--orders", "6000", "--seed", "3").exitCode());
        PickupJar clean = new PickupJar(Files.createDirectories(work.resolve("clean")));
        long t0 = System.nanoTime();
        assertEquals(0, clean.run("run", "--date", DATE, "--inbox", inbox.toString(), "--out", "out").exitCode());
        long cleanMillis = (System.nanoTime() - t0) / 1_000_000;

        Path dir = Files.createDirectories(work.resolve("crash"));
        PickupJar crashing = new PickupJar(dir);
        Process run = crashing.start("run", "--date", DATE, "--inbox", inbox.toString(), "--out", "out");
        Path pidFile = dir.resolve("var/pgdata/postmaster.pid");
        // Let the run get past start-up into its work, then kill the database under it. Halfway,
        // not later: at 75 % a fast machine had already completed the night (seen in CI).
        run.waitFor((long) (cleanMillis * 0.5), TimeUnit.MILLISECONDS);
        if (run.isAlive() && Files.exists(pidFile)) {
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
            run.waitFor(2, TimeUnit.MINUTES);
            assertNotEquals(0, run.exitValue(), "a run whose database died cannot complete");
        }
        assertEquals(0, crashing.run("recover", "--date", DATE).exitCode());
        PickupJar.Result rerun = crashing.run("run", "--date", DATE, "--inbox", inbox.toString(), "--out", "out");
        assertEquals(0, rerun.exitCode(), rerun.all());
        Path want = work.resolve("clean/out").resolve(DATE);
        for (String name : OutputFolders.names(want)) {
            assertEquals(Files.readString(want.resolve(name)), Files.readString(dir.resolve("out").resolve(DATE).resolve(name)),
                    name);
        }
    }
}
