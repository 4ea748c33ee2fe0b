package com.pickupsettlement.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pickupsettlement.support.JarTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL outlives no command that nobody asked to keep it: not a run killed with
 * kill -9 (the next commands adopt its server), not jobs/pickup.sh's first start; and {@code db stop}
 * stops a kept one, unless it is in use.
 */
@JarTest
class ServerLifecycleIT {
    private static final String DATE = "2026-11-01";

    @TempDir
    Path work;
    Path pgdata;
    Path inbox;

    @BeforeEach
    void copyInbox() throws IOException {
        pgdata = work.resolve("var/pgdata");
        inbox = work.resolve("inbox");
        ConformanceInbox.copyFirstNineDates(inbox);
    }

    @AfterEach
    void stopServers() throws Exception {
        EmbeddedServers.stopIn(pgdata);
    }

    @Test
    void runKilled_WhenRecoveredAndRerun_ThenNoServerOfTheFolderRemains() throws Exception {
        PickupJar jar = new PickupJar(work);
        PickupJar.Started killed = FaultPoints.runUntil(jar, "mergeOrders:begin", run());
        killed.process().destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no close
        assertFalse(postgresOf(pgdata).isEmpty(), "the killed run's server is still up");

        PickupJar.Result recover = jar.run("recover", "--date", DATE);
        assertEquals(0, recover.exitCode(), recover.all());
        assertEquals(List.of(), postgresOf(pgdata), "after recover: " + recover.stderr());

        PickupJar.Result rerun = jar.run(run());
        assertEquals(0, rerun.exitCode(), rerun.all());
        assertEquals(List.of(), postgresOf(pgdata), "after run");
    }

    @Test
    void keptServer_WhenDbStop_ThenStoppedOnceNothingUsesIt() throws Exception {
        PickupJar jar = new PickupJar(work);
        assertEquals(0, jar.keepingServer().run("status").exitCode());
        assertEquals(0, jar.run("status").exitCode());
        assertFalse(postgresOf(pgdata).isEmpty(), "a kept server is nobody's to adopt");

        try (Connection client = PickupDatabase.connect(work)) {
            PickupJar.Result busy = jar.run("db", "stop");
            assertEquals(7, busy.exitCode(), busy.all());
            assertTrue(busy.stderr().contains("1 other client(s) are connected"), busy.stderr());
            assertEquals(1, busy.stderr().strip().lines().count(), "one paragraph: " + busy.stderr());
            assertFalse(postgresOf(pgdata).isEmpty());
        }

        PickupJar.Result stop = jar.run("db", "stop");
        assertEquals(0, stop.exitCode(), stop.all());
        assertTrue(stop.stdout().contains("stopped the embedded PostgreSQL on " + pgdata.toRealPath()), stop.stdout());
        assertEquals(List.of(), postgresOf(pgdata));

        PickupJar.Result again = jar.run("db", "stop");
        assertEquals(0, again.exitCode(), again.all());
        assertTrue(again.stdout().contains("no embedded PostgreSQL is running"), again.stdout());

        PickupJar.Result external = jar.withEnv("SPRING_DATASOURCE_URL", "jdbc:postgresql://db.example/pickup")
                .run("db", "stop");
        assertEquals(0, external.exitCode(), external.all());
        assertTrue(external.stdout().contains("no embedded PostgreSQL to stop"), external.stdout());
    }

    @Test
    void runHoldingTheRunLock_WhenDbStop_ThenExit7NamingTheRun() throws Exception {
        PickupJar jar = new PickupJar(work);
        PickupJar.Started waiting = FaultPoints.runUntil(jar, "mergeOrders:begin", run());
        try {
            PickupJar.Result busy = jar.run("db", "stop");
            assertEquals(7, busy.exitCode(), busy.all());
            assertTrue(busy.stderr().contains("a command holds the run lock"), busy.stderr());
            assertFalse(postgresOf(pgdata).isEmpty());
        } finally {
            waiting.process().destroyForcibly().waitFor();
        }
    }

    @Test
    void pickupShFirstStart_ThenNoServerStaysAfterTheCommand() throws Exception {
        // From the project folder, as cron does (jobs/nightly.sh changes into PICKUP_HOME first).
        ProcessBuilder pb = new ProcessBuilder("bash", Path.of("jobs/pickup.sh").toAbsolutePath().toString(), "status")
                .directory(work.toFile()).redirectErrorStream(true).redirectOutput(work.resolve("pickup.out").toFile());
        pb.environment().put("PICKUP_HOME", work.toString());
        pb.environment().put("PICKUP_JAR", PickupJar.jar().toString());
        pb.environment().put("JAVA_OPTS", "-Xmx512m -Duser.timezone=" + PickupJar.timezone());
        pb.environment().keySet().removeIf(k -> k.startsWith("SETTLEMENT_") || k.startsWith("SPRING_"));
        Process p = pb.start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES));
        String output = Files.readString(work.resolve("pickup.out"));
        assertEquals(0, p.exitValue(), output);
        assertFalse(output.contains("could not prepare"), output);
        assertTrue(Files.exists(pgdata.resolve("PG_VERSION")), "the command used the folder's database: " + output);
        assertEquals(List.of(), postgresOf(pgdata), "after the training start and the command: " + output);
    }

    private String[] run() {
        return new String[] {"run", "--date", DATE, "--inbox", inbox.toString(), "--out", work.resolve("out").toString()};
    }

    /** PIDs of PostgreSQL processes started on {@code dataDirectory} (postgres -D dataDirectory). */
    private static List<Long> postgresOf(Path dataDirectory) throws IOException {
        String dir = dataDirectory.toAbsolutePath().normalize().toString();
        List<Long> pids = new ArrayList<>();
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path proc : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                List<String> argv;
                try {
                    argv = List.of(new String(Files.readAllBytes(proc.resolve("cmdline")), StandardCharsets.UTF_8)
                            .split("\0"));
                } catch (IOException e) {
                    continue; // ended meanwhile
                }
                int d = argv.indexOf("-D");
                if (!argv.isEmpty() && argv.get(0).endsWith("postgres") && d >= 0 && d + 1 < argv.size()
                        && Path.of(argv.get(d + 1)).toAbsolutePath().normalize().toString().equals(dir)) {
                    pids.add(Long.parseLong(proc.getFileName().toString()));
                }
            }
        }
        return pids;
    }
}
