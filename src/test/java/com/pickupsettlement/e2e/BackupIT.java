package com.pickupsettlement.e2e;

import com.pickupsettlement.support.JarTest;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17: backup and restore of the embedded database, through the packaged jar. */
@JarTest
class BackupIT {
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
        jar = new PickupJar(work.resolve("site"));
        Files.createDirectories(jar.workDir());
    }

    @AfterEach
    void stopOrphanedServers() throws Exception {
        EmbeddedServers.stopAll(jar.workDir());
    }

    private static void ok(PickupJar.Result r) {
        assertEquals(0, r.exitCode(), r.all());
    }

    private PickupJar.Result run(PickupJar jar, String date) throws Exception {
        return jar.run("run", "--date", date, "--inbox", inbox.toString(), "--out", out.toString());
    }

    private static Map<String, byte[]> bytes(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path f : list.toList()) {
                files.put(f.getFileName().toString(), Files.readAllBytes(f));
            }
        }
        return files;
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Path folder) throws IOException {
        Map<String, byte[]> actual = bytes(folder);
        assertEquals(expected.keySet(), actual.keySet());
        for (String name : expected.keySet()) {
            assertArrayEquals(expected.get(name), actual.get(name), name);
        }
    }

    @Test
    void backupAfterNight3_RestoredAfterNight4_ThenNight4RunsAgainToTheSameBytes() throws Exception {
        for (String date : List.of("2026-11-01", "2026-11-02", "2026-11-03")) {
            ok(run(jar, date));
        }
        Path backup = work.resolve("backups/after-2026-11-03.zip");
        ok(jar.run("backup", "--to", backup.toString()));
        assertTrue(Files.isRegularFile(backup));
        PickupJar.Result again = jar.run("backup", "--to", backup.toString());
        assertEquals(2, again.exitCode(), "an existing file is never overwritten: " + again.all());

        ok(run(jar, "2026-11-04"));
        Path night4 = out.resolve("2026-11-04");
        Map<String, byte[]> first = bytes(night4);

        PickupJar.Result notEmpty = jar.run("restore", "--from", backup.toString());
        assertEquals(2, notEmpty.exitCode(), notEmpty.all());
        assertTrue(notEmpty.stderr().contains("--replace"), notEmpty.stderr());
        PickupJar.Result replaced = jar.run("restore", "--from", backup.toString(), "--replace");
        ok(replaced);

        // The database is back at night 3: night 4 runs again, from scratch, to the same bytes.
        PickupJar.Result status = jar.run("status", "--format", "csv");
        ok(status);
        assertFalse(status.stdout().contains("2026-11-04"), status.stdout());
        assertTrue(status.stdout().contains("2026-11-03"), status.stdout());
        Publish.delete(night4);
        PickupJar.Result rerun = run(jar, "2026-11-04");
        ok(rerun);
        assertTrue(rerun.stdout().contains("orders_20261104.csv: read"), "night 4 ran, not reproduced: " + rerun.stdout());
        assertSameFiles(first, night4);

        // A fresh database elsewhere takes the backup without --replace, archived inputs included.
        PickupJar elsewhere = new PickupJar(Files.createDirectories(work.resolve("elsewhere")));
        try {
            ok(elsewhere.run("restore", "--from", backup.toString()));
            Path restored = work.resolve("restored-inputs");
            ok(elsewhere.run("restore-inputs", "--date", "2026-11-03", "--to", restored.toString()));
            assertArrayEquals(Files.readAllBytes(inbox.resolve("pickups_20261103.csv")),
                    Files.readAllBytes(restored.resolve("pickups_20261103.csv")));
        } finally {
            EmbeddedServers.stopAll(elsewhere.workDir());
        }
    }

    @Test
    void backupOrRestore_WhileARunIsActive_Exit7AndNothingDone() throws Exception {
        PickupJar shared = jar.keepingServer();
        ok(run(shared, "2026-11-01"));
        Path backup = work.resolve("b.zip");
        ok(shared.run("backup", "--to", backup.toString()));

        PickupJar held = shared.withEnv("SETTLEMENT_FAULT_RESUME", FaultPoints.resumeFile(jar.workDir()).toString());
        PickupJar.Started night2 = FaultPoints.runUntil(held, "mergeOrders:begin", "run", "--date", "2026-11-02",
                "--inbox", inbox.toString(), "--out", out.toString());
        Path during = work.resolve("during.zip");
        PickupJar.Result busy = shared.run("backup", "--to", during.toString());
        assertEquals(7, busy.exitCode(), busy.all());
        assertTrue(busy.stderr().contains("a run is active"), busy.stderr());
        assertFalse(Files.exists(during));
        try (Stream<Path> files = Files.list(work)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".partial")));
        }
        PickupJar.Result busyRestore = shared.run("restore", "--from", backup.toString(), "--replace");
        assertEquals(7, busyRestore.exitCode(), busyRestore.all());

        Files.createFile(FaultPoints.resumeFile(jar.workDir()));
        assertTrue(night2.process().waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, night2.process().exitValue(), night2.output());
        PickupJar.Result status = shared.run("status", "--format", "csv");
        assertTrue(status.stdout().contains("2026-11-02"), "the restore refused did not undo night 2: " + status.stdout());
    }

    /** Deletes a published folder, so a run must write it afresh. */
    private static final class Publish {
        static void delete(Path folder) throws IOException {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(folder);
        }
    }
}
