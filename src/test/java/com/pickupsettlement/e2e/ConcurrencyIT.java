package com.pickupsettlement.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rulebook 7, exit 7: two runs started together on one database; exactly one executes. */
class ConcurrencyIT {
    @TempDir
    Path work;

    @AfterEach
    void stopOrphanedServers() throws Exception {
        EmbeddedServers.stopAll(work);
    }

    @Test
    void twoRunsOfTheSameDate_WhenStartedTogether_ThenOneRunsAndTheOtherExits7() throws Exception {
        PickupJar jar = new PickupJar(work);
        Path inbox = work.resolve("inbox");
        assertEquals(0, jar.run("generate", "--inbox", inbox.toString(), "--from", "2026-11-02", "--days", "2",
                "--orders", "4000", "--seed", "5").exitCode());
        Process a = jar.start("run", "--date", "2026-11-02", "--inbox", inbox.toString(), "--out", "out");
        Process b = jar.start("run", "--date", "2026-11-02", "--inbox", inbox.toString(), "--out", "out");
        assertTrue(a.waitFor(5, TimeUnit.MINUTES) && b.waitFor(5, TimeUnit.MINUTES));
        assertEquals(Set.of(0, 7), Set.of(a.exitValue(), b.exitValue()), "exit codes " + a.exitValue() + ", " + b.exitValue());

        // Different dates together: the later one either waits its turn (7) or finds its
        // predecessor not yet completed (6); the first completes; never both at once.
        Process c = jar.start("run", "--date", "2026-11-03", "--inbox", inbox.toString(), "--out", "out");
        Process d = jar.start("status");
        assertTrue(c.waitFor(5, TimeUnit.MINUTES) && d.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, c.exitValue());
        assertEquals(0, d.exitValue(), "status reads while a run is active");

        PickupJar.Result again = jar.run("run", "--date", "2026-11-02", "--inbox", inbox.toString(), "--out", "out");
        assertEquals(0, again.exitCode(), again.all());
        assertTrue(List.of(0).contains(again.exitCode()));
    }
}
