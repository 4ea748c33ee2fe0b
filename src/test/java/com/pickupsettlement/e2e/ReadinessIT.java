package com.pickupsettlement.e2e;

import com.pickupsettlement.support.JarTest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files still being copied when the run starts (exit 3, nothing recorded): the orders file grows
 * in the background while the jar starts, as when cron fires in the middle of a transfer.
 */
@JarTest
class ReadinessIT {
    private static final String DATE = "2026-11-01";
    private static final String ORDERS = "orders_20261101.csv";

    @TempDir
    Path work;
    Path inbox;
    Path out;
    byte[] original;
    Thread appender;
    final AtomicBoolean appending = new AtomicBoolean();

    @BeforeEach
    void copyInbox() throws IOException {
        inbox = work.resolve("inbox");
        out = work.resolve("out");
        Files.createDirectories(inbox);
        Path conformance = ConformanceIT.CONFORMANCE.resolve("inbox");
        // Files at rest: last written an hour ago, whatever the quiet time and however fast the jar starts.
        for (String name : new String[] {"agreements.csv", ORDERS, "manifest_20261101.csv", "pickups_20261101.csv"}) {
            Files.copy(conformance.resolve(name), inbox.resolve(name));
            Files.setLastModifiedTime(inbox.resolve(name), FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS)));
        }
        original = Files.readAllBytes(inbox.resolve(ORDERS));
    }

    @AfterEach
    void stop() throws Exception {
        stopAppending();
        EmbeddedServers.stopIn(work.resolve("var/pgdata"));
    }

    /** A copy in progress: a few bytes more every 100 ms. */
    private void startAppending() {
        appending.set(true);
        appender = new Thread(() -> {
            while (appending.get()) {
                try {
                    Files.writeString(inbox.resolve(ORDERS), "X", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
                    Thread.sleep(100);
                } catch (IOException | InterruptedException e) {
                    return;
                }
            }
        });
        appender.start();
    }

    /** The copy ends: the file as it should be, last written an hour ago. */
    private void finishCopy() throws Exception {
        stopAppending();
        Path orders = inbox.resolve(ORDERS);
        Files.write(orders, original);
        Files.setLastModifiedTime(orders, FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS)));
    }

    private void stopAppending() throws InterruptedException {
        appending.set(false);
        if (appender != null) {
            appender.join();
        }
    }

    private PickupJar.Result run(PickupJar jar) throws Exception {
        return jar.run("run", "--date", DATE, "--inbox", inbox.toString(), "--out", out.toString());
    }

    private void assertNothingRecorded(PickupJar.Result r) throws Exception {
        assertEquals(3, r.exitCode(), r.all());
        assertFalse(Files.exists(out.resolve(DATE)), "no output folder");
        assertFalse(Files.exists(out.resolve("refused")), "no refusal: the file is not bad, only not there yet");
        assertEquals(0, PickupDatabase.count(work, "SELECT count(*) FROM business_day"), "no date recorded");
        assertEquals(0, PickupDatabase.count(work, "SELECT count(*) FROM stg_orders"), "nothing staged");
        assertEquals(0, PickupDatabase.count(work, "SELECT count(*) FROM batch_job_execution"), "no job started");
    }

    @Test
    void quietTime_FileStillGrowing_ThenExit3NamingIt_AndOnceQuietTheDateRuns() throws Exception {
        PickupJar jar = new PickupJar(work).withEnv("SETTLEMENT_FEEDS_QUIET_TIME", "5s").keepingServer();
        startAppending();
        PickupJar.Result growing = run(jar);
        assertTrue(growing.stderr().contains(ORDERS + " changed") && growing.stderr().contains("quiet time"),
                growing.stderr());
        assertFalse(growing.stderr().contains("pickups_20261101.csv changed"), "the files at rest are not named");
        assertNothingRecorded(growing);

        finishCopy();
        PickupJar.Result ok = run(jar);
        assertEquals(0, ok.exitCode(), ok.all());
        OutputFolders.assertConforms(ConformanceIT.CONFORMANCE.resolve("expected/" + DATE), out.resolve(DATE));
    }

    @Test
    void doneMarkers_ThenExit3UntilTheMarkerIsThere_ThenTheDateRuns() throws Exception {
        PickupJar jar = new PickupJar(work).withEnv("SETTLEMENT_FEEDS_DONE_MARKERS", "orders,pickups").keepingServer();
        startAppending();
        Files.createFile(inbox.resolve("pickups_20261101.csv.done"));
        PickupJar.Result growing = run(jar);
        assertTrue(growing.stderr().contains(ORDERS + " has no " + ORDERS + ".done marker"), growing.stderr());
        assertFalse(growing.stderr().contains("pickups_20261101.csv has no"), growing.stderr());
        assertNothingRecorded(growing);

        finishCopy();
        PickupJar.Result stillNoMarker = run(jar);
        assertNothingRecorded(stillNoMarker);

        Files.createFile(inbox.resolve(ORDERS + ".done"));
        PickupJar.Result ok = run(jar);
        assertEquals(0, ok.exitCode(), ok.all());
        OutputFolders.assertConforms(ConformanceIT.CONFORMANCE.resolve("expected/" + DATE), out.resolve(DATE));
    }
}
