package com.pickupsettlement.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.pickupsettlement.support.CiOnly;
import com.pickupsettlement.support.FaultTest;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault: the output disk fills up while a night publishes. The output folder lives on a small
 * tmpfs (needs root, as on CI): the run fails with a clear message and exit 1, the previous
 * folder is untouched, nothing partial is published, and after space is freed a re-run succeeds.
 */
@FaultTest
@CiOnly
class DiskFullIT {
    @TempDir
    Path work;
    Path out;

    @BeforeEach
    void mountSmallDisk() throws Exception {
        out = Files.createDirectories(work.resolve("out"));
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=512k", "tmpfs", out.toString())
                .redirectErrorStream(true).start();
        assumeTrue(p.waitFor() == 0, "mounting a tmpfs needs root (CI runs as root)");
    }

    @AfterEach
    void unmount() throws Exception {
        EmbeddedServers.stopAll(work);
        new ProcessBuilder("umount", out.toString()).start().waitFor();
    }

    @Test
    void diskFullWhilePublishing_ThenExit1_OldFolderUntouched_AndARerunSucceedsOnceThereIsSpace() throws Exception {
        PickupJar jar = new PickupJar(work);
        String inbox = ConformanceIT.CONFORMANCE.resolve("inbox").toAbsolutePath().toString();
        assertEquals(0, jar.run("run", "--date", "2026-11-01", "--inbox", inbox, "--out", out.toString()).exitCode());
        byte[] before = Files.readAllBytes(out.resolve("2026-11-01/settlement_SPSR_20261101.csv"));

        Path filler = out.resolve("filler.bin");
        fill(filler);
        PickupJar.Result full = jar.run("run", "--date", "2026-11-02", "--inbox", inbox, "--out", out.toString());
        assertEquals(1, full.exitCode(), full.all());
        assertTrue(full.stderr().contains("No space left on device"), full.stderr());
        assertFalse(Files.exists(out.resolve("2026-11-02")), "nothing published");
        assertEquals(List.of("2026-11-01", "filler.bin"), OutputFolders.names(out), "no partial folder left");

        // Re-running the closed day on the full disk fails too, and leaves its folder as it was.
        Files.delete(out.resolve("2026-11-01/settlement_SPSR_20261101.csv"));
        Files.write(out.resolve("2026-11-01/settlement_SPSR_20261101.csv"), before);
        fill(filler);
        PickupJar.Result closed = jar.run("run", "--date", "2026-11-01", "--inbox", inbox, "--out", out.toString());
        assertTrue(closed.exitCode() == 0 || closed.exitCode() == 1, closed.all());
        assertArrayEquals(before, Files.readAllBytes(out.resolve("2026-11-01/settlement_SPSR_20261101.csv")));
        OutputFolders.assertConforms(ConformanceIT.CONFORMANCE.resolve("expected/2026-11-01"), out.resolve("2026-11-01"));

        Files.delete(filler);
        PickupJar.Result rerun = jar.run("run", "--date", "2026-11-02", "--inbox", inbox, "--out", out.toString());
        assertEquals(0, rerun.exitCode(), rerun.all());
        OutputFolders.assertConforms(ConformanceIT.CONFORMANCE.resolve("expected/2026-11-02"), out.resolve("2026-11-02"));
    }

    /** Takes (almost) every free byte of the small disk. */
    private static void fill(Path filler) throws IOException {
        byte[] block = new byte[4096];
        try (OutputStream os = Files.newOutputStream(filler, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND)) {
            while (true) {
                os.write(block);
                os.flush();
            }
        } catch (IOException expectedWhenFull) {
            // the disk is full now
        }
    }
}
