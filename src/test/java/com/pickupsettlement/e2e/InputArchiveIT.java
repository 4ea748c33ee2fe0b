package com.pickupsettlement.e2e;

import com.pickupsettlement.support.JarTest;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17: the inputs a closed date ran with are kept in its database and written back by restore-inputs. */
@JarTest
class InputArchiveIT {
    @TempDir
    Path work;
    Path inbox;
    Path out;
    PickupJar jar;

    @BeforeEach
    void copyInbox() throws IOException {
        inbox = work.resolve("inbox");
        out = work.resolve("out");
        ConformanceInbox.copyFirstNineDates(inbox);
        jar = new PickupJar(work);
    }

    private PickupJar.Result run(PickupJar jar, String date) throws Exception {
        return jar.run("run", "--date", date, "--inbox", inbox.toString(), "--out", out.toString());
    }

    private PickupJar.Result restoreInputs(String date, Path to) throws Exception {
        return jar.run("restore-inputs", "--date", date, "--to", to.toString());
    }

    @Test
    void closedDate_RestoresTheExactFilesItRanWith_AndNeverOverwritesADifferentOne() throws Exception {
        for (String date : List.of("2026-11-01", "2026-11-02", "2026-11-03")) {
            PickupJar.Result r = run(jar, date);
            assertEquals(0, r.exitCode(), r.all());
        }
        byte[] agreements = Files.readAllBytes(inbox.resolve("agreements.csv"));
        // The agreements file changes after the date closed: the archive keeps the one the date used.
        Files.writeString(inbox.resolve("agreements.csv"), "# edited later\n", StandardOpenOption.APPEND);

        Path restored = work.resolve("restored");
        PickupJar.Result ok = restoreInputs("2026-11-03", restored);
        assertEquals(0, ok.exitCode(), ok.all());
        List<String> names = List.of("orders_20261103.csv", "manifest_20261103.csv", "pickups_20261103.csv",
                "resolutions_20261103.csv");
        for (String name : names) {
            assertArrayEquals(Files.readAllBytes(inbox.resolve(name)), Files.readAllBytes(restored.resolve(name)), name);
            assertTrue(ok.stdout().contains(restored.resolve(name) + "  restored"), ok.stdout());
        }
        assertArrayEquals(agreements, Files.readAllBytes(restored.resolve("agreements.csv")));
        try (Stream<Path> files = Files.list(restored)) {
            assertEquals(5, files.count(), "the four inputs and agreements.csv, no temporaries");
        }
        // A date without a resolutions file: its three feeds and agreements.
        Path restored1 = work.resolve("restored1");
        assertEquals(0, restoreInputs("2026-11-01", restored1).exitCode());
        try (Stream<Path> files = Files.list(restored1)) {
            assertEquals(4, files.count());
        }
        Files.write(inbox.resolve("agreements.csv"), agreements);

        // A changed feed of a closed date: exit 5 names the command that puts the original back...
        Path pickups = inbox.resolve("pickups_20261101.csv");
        byte[] original = Files.readAllBytes(pickups);
        Files.writeString(pickups, "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        PickupJar.Result changed = run(jar, "2026-11-01");
        assertEquals(5, changed.exitCode(), changed.all());
        assertTrue(changed.stderr().contains("restore-inputs --date 2026-11-01 --to"), changed.stderr());
        // ...which refuses to overwrite the changed file, writing nothing...
        Files.delete(inbox.resolve("orders_20261101.csv"));
        PickupJar.Result refused = restoreInputs("2026-11-01", inbox);
        assertEquals(5, refused.exitCode(), refused.all());
        assertTrue(refused.stderr().contains("pickups_20261101.csv"), refused.stderr());
        assertFalse(Files.exists(inbox.resolve("orders_20261101.csv")), "nothing written when one file is in the way");
        // ...and once it is moved aside puts back every original, after which the date reproduces.
        Files.delete(pickups);
        PickupJar.Result back = restoreInputs("2026-11-01", inbox);
        assertEquals(0, back.exitCode(), back.all());
        assertTrue(back.stdout().contains("manifest_20261101.csv  already in place"), back.stdout());
        assertArrayEquals(original, Files.readAllBytes(pickups));
        assertEquals(0, run(jar, "2026-11-01").exitCode());

        PickupJar.Result notRun = restoreInputs("2026-11-05", work.resolve("none"));
        assertEquals(6, notRun.exitCode(), notRun.all());
        assertTrue(notRun.stderr().contains("2026-11-05 is not a closed date"), notRun.stderr());
    }

    @Test
    void retention_RemovesTheInputsOfDatesOlderThanItAfterACompletedNight() throws Exception {
        PickupJar keepOneDay = jar.withEnv("SETTLEMENT_ARCHIVE_KEEP_INPUTS", "1d");
        for (String date : List.of("2026-11-01", "2026-11-02", "2026-11-03")) {
            PickupJar.Result r = run(keepOneDay, date);
            assertEquals(0, r.exitCode(), r.all());
        }
        PickupJar.Result gone = restoreInputs("2026-11-01", work.resolve("r1"));
        assertEquals(2, gone.exitCode(), gone.all());
        assertTrue(gone.stderr().contains("no inputs of 2026-11-01 are kept"), gone.stderr());
        assertEquals(0, restoreInputs("2026-11-02", work.resolve("r2")).exitCode());
        assertEquals(0, restoreInputs("2026-11-03", work.resolve("r3")).exitCode());
    }
}
