package com.pickupsettlement.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pickupsettlement.support.CiOnly;
import com.pickupsettlement.support.FaultTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault: the PostgreSQL server goes away in the middle of a night, while a transaction is open:
 * killed (SIGKILL of the postmaster, as in a crash or an OOM kill) while a chunk of a feed is
 * being copied, or stopped (fast shutdown, as by an admin's restart) while settlement's work is
 * uncommitted. The run fails with exit 1 and says the database is gone; after recover and a
 * re-run, on a server that went through crash recovery, the outputs are byte-identical to a clean
 * run's and the database holds the clean run's rows.
 */
@FaultTest
@CiOnly
class DatabaseCrashIT {
    private static final String DATE = "2026-11-02";

    @TempDir
    Path work;
    Path inbox;

    @BeforeEach
    void generateInbox() throws Exception {
        inbox = work.resolve("inbox");
        assertEquals(0, new PickupJar(work).run("generate", "--inbox", inbox.toString(), "--from", DATE, "--days", "1",
                "--orders", "6000", "--seed", "3").exitCode());
    }

    @AfterEach
    void stopServers() throws Exception {
        EmbeddedServers.stopAll(work);
    }

    @Test
    void serverKilledWhileAChunkIsCopied_WhenRecoveredAndRerun_ThenOutputsMatchACleanRun() throws Exception {
        databaseLostAt("loadPickups:chunk-3", ProcessHandle::destroyForcibly);
    }

    @Test
    void serverStoppedWhileSettlementIsUncommitted_WhenRecoveredAndRerun_ThenOutputsMatchACleanRun() throws Exception {
        // SIGINT is PostgreSQL's fast shutdown: open transactions are rolled back, clients cut off.
        databaseLostAt("settle:uncommitted", server -> signal(server, "INT"));
    }

    interface Stop {
        void stop(ProcessHandle server) throws Exception;
    }

    private void databaseLostAt(String point, Stop stop) throws Exception {
        Path cleanDir = Files.createDirectories(work.resolve("clean"));
        assertEquals(0, new PickupJar(cleanDir).keepingServer().run(run()).exitCode());
        String cleanDatabase = PickupDatabase.fingerprint(cleanDir);
        EmbeddedServers.stopAll(cleanDir);

        Path dir = Files.createDirectories(work.resolve("crash"));
        PickupJar.Started run = FaultPoints.runUntil(
                new PickupJar(dir).withEnv("SETTLEMENT_FAULT_RESUME", FaultPoints.resumeFile(dir).toString()), point, run());
        long pid = Long.parseLong(Files.readAllLines(dir.resolve("var/pgdata/postmaster.pid")).get(0).trim());
        ProcessHandle server = ProcessHandle.of(pid).orElseThrow();
        stop.stop(server);
        server.onExit().get(60, TimeUnit.SECONDS);
        Files.createFile(FaultPoints.resumeFile(dir)); // the run carries on, into a database that is gone
        assertTrue(run.process().waitFor(2, TimeUnit.MINUTES), "a run whose database is gone must end, not hang");
        String said = run.output();
        assertEquals(1, run.process().exitValue(), said);
        assertTrue(said.contains(DATE + " failed"), said);

        assertEquals(0, new PickupJar(dir).run("recover", "--date", DATE).exitCode());
        PickupJar.Result rerun = new PickupJar(dir).keepingServer().run(run());
        assertEquals(0, rerun.exitCode(), rerun.all());
        OutputFolders.assertIdentical(cleanDir.resolve("out").resolve(DATE), dir.resolve("out").resolve(DATE),
                "after the database was lost at " + point);
        assertEquals(cleanDatabase, PickupDatabase.fingerprint(dir));
    }

    private String[] run() {
        return new String[] {"run", "--date", DATE, "--inbox", inbox.toString(), "--out", "out"};
    }

    private static void signal(ProcessHandle process, String signal) throws Exception {
        assertEquals(0, new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).start().waitFor());
    }
}
