package com.pickupsettlement.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pickupsettlement.support.JarTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * jobs/nightly.sh as cron runs it: catch-up to yesterday (Moscow) over the sample inbox, a dated
 * log, the exit code passed through (3: the sample has no feeds after 2026-11-09), and a second
 * nightly started meanwhile refused by flock with 7.
 */
@JarTest
class NightlyScriptIT {
    @TempDir
    Path work;

    @AfterEach
    void stopServers() throws Exception {
        EmbeddedServers.stopAll(work);
    }

    private ProcessBuilder nightly(Path logs, String output) {
        ProcessBuilder pb = new ProcessBuilder("bash", Path.of("jobs/nightly.sh").toAbsolutePath().toString(),
                "--inbox", Path.of("sample-data").toAbsolutePath().toString(), "--out", work.resolve("out").toString())
                .redirectErrorStream(true).redirectOutput(work.resolve(output).toFile());
        pb.environment().put("PICKUP_HOME", work.toString());
        pb.environment().put("PICKUP_JAR", PickupJar.jar().toString());
        pb.environment().put("PICKUP_LOG_DIR", logs.toString());
        // -Xshare:on: a JVM that cannot map the class-data archive jobs/pickup.sh made fails to start,
        // where in production it starts without it, a little slower.
        pb.environment().put("JAVA_OPTS", "-Xmx512m -Xshare:on -Duser.timezone="
                + System.getProperty("pickup.timezone", "UTC"));
        pb.environment().keySet().removeIf(k -> k.startsWith("SETTLEMENT_") || k.startsWith("SPRING_"));
        return pb;
    }

    @Test
    void nightly_WhenFeedsStopComing_ThenDatesRunInOrderAndExit3IsPassedThrough() throws Exception {
        Path logs = work.resolve("logs");
        Process first = nightly(logs, "nightly.out").start();
        Thread.sleep(1500);
        Process second = nightly(logs, "nightly2.out").start();
        assertTrue(second.waitFor(5, TimeUnit.MINUTES));
        assertTrue(first.waitFor(10, TimeUnit.MINUTES));
        assertEquals(7, second.exitValue(), "a second nightly while one runs: " + Files.readString(work.resolve("nightly2.out")));
        assertEquals(3, first.exitValue(), Files.readString(work.resolve("nightly.out")));

        Path log = logs.resolve("nightly-" + LocalDate.now(ZoneId.of("Europe/Moscow")) + ".log");
        String text = Files.readString(log);
        assertTrue(text.contains("caught up") || text.contains("== 2026-11-09"), text);
        assertTrue(text.contains("missing orders_20261110.csv"), text);
        assertTrue(text.contains("exit 3"), text);
        // The jar ran unpacked from the class-data archive its first start made (jobs/pickup.sh).
        try (Stream<Path> files = Files.walk(work.resolve("var/app"), 2)) {
            assertEquals(1, files.filter(p -> p.getFileName().toString().equals("ready")).count());
        }
        assertFalse(text.contains("shared archive") || text.contains("could not prepare"), text);
        try (Stream<Path> days = Files.list(work.resolve("out"))) {
            assertEquals(8, days.filter(p -> p.getFileName().toString().startsWith("2026-11-0")).count());
        }
    }
}
