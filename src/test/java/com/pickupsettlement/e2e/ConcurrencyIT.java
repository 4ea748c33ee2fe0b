package com.pickupsettlement.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pickupsettlement.support.CiOnly;
import com.pickupsettlement.support.FaultTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rulebook 7, exit 7: runs started together on one database. One executes; the other exits at
 * once saying why and having done nothing: no deadlock, and no date executed twice.
 */
@FaultTest
@CiOnly
class ConcurrencyIT {
    private static final String BUSY = "another run is active; this one did nothing";

    @TempDir
    Path work;
    Path inbox;
    PickupJar jar;

    @BeforeEach
    void generateInbox() throws Exception {
        // Both processes leave the shared server running, so the test can read what it holds.
        jar = new PickupJar(work).keepingServer();
        inbox = work.resolve("inbox");
        assertEquals(0, jar.run("generate", "--inbox", inbox.toString(), "--from", "2026-11-02", "--days", "3",
                "--orders", "4000", "--seed", "5").exitCode());
    }

    @AfterEach
    void stopOrphanedServers() throws Exception {
        EmbeddedServers.stopAll(work);
    }

    @Test
    void twoRunsOfTheSameDate_WhenStartedTogether_ThenTheDateExecutesOnce() throws Exception {
        List<Outcome> both = together(jar.start(run("2026-11-02")), jar.start(run("2026-11-02")));
        // Whichever takes the lock runs; the other meets it (7), or, when its JVM was slow enough
        // to start after the first had finished, finds the date completed and reproduces it (0).
        Set<Integer> exits = Set.of(both.get(0).exit(), both.get(1).exit());
        assertTrue(exits.equals(Set.of(0, 7)) || exits.equals(Set.of(0)), both.toString());
        for (Outcome o : both) {
            assertTrue(o.exit() == 0 || o.output().contains(BUSY), o.output());
        }
        assertEquals(1, count("SELECT count(*) FROM batch_job_execution"), "the date executed once");
        assertEquals(1, count("SELECT count(*) FROM business_day WHERE status = 'COMPLETED'"));
    }

    @Test
    void aSecondRun_WhileOneHoldsTheDatabase_ExitsAtOnceSaying7_ForTheSameDateOrAnother() throws Exception {
        // The first run is held inside its merge (holding the run lock) until the test lets it go.
        PickupJar held = jar.withEnv("SETTLEMENT_FAULT_RESUME", FaultPoints.resumeFile(work).toString());
        PickupJar.Started first = FaultPoints.runUntil(held, "mergeOrders:begin", run("2026-11-02"));

        for (String date : List.of("2026-11-02", "2026-11-03")) {
            PickupJar.Result second = jar.run(run(date));
            assertEquals(7, second.exitCode(), second.all());
            assertTrue(second.all().contains(BUSY), second.all());
        }
        PickupJar.Result status = jar.run("status");
        assertEquals(0, status.exitCode(), "status reads while a run is active: " + status.all());
        assertTrue(status.stdout().contains("RUNNING"), status.stdout());

        Files.createFile(FaultPoints.resumeFile(work));
        Outcome done = together(first).get(0);
        assertEquals(0, done.exit(), done.output());
        assertEquals(0, jar.run(run("2026-11-03")).exitCode());
        assertEquals(2, count("SELECT count(*) FROM batch_job_execution WHERE status = 'COMPLETED'"));
        assertEquals(2, count("SELECT count(*) FROM batch_job_execution"), "no date executed twice, none half-done");
    }

    record Outcome(int exit, String output) {
    }

    /** Waits for the processes to end (no deadlock) and returns how each ended. */
    private static List<Outcome> together(PickupJar.Started... runs) throws Exception {
        List<Outcome> outcomes = new ArrayList<>();
        for (PickupJar.Started r : runs) {
            assertTrue(r.process().waitFor(5, TimeUnit.MINUTES), "the run ends: no deadlock");
            outcomes.add(new Outcome(r.process().exitValue(), r.output()));
        }
        return outcomes;
    }

    private String[] run(String date) {
        return new String[] {"run", "--date", date, "--inbox", inbox.toString(), "--out", "out"};
    }

    private long count(String sql) throws Exception {
        return PickupDatabase.count(work, sql);
    }
}
