package com.pickupsettlement.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL kept in a data folder so that state carries from night to night. Every
 * process of the pipeline (run, status, recover) shares one server per folder: if a server is
 * already running there we connect to it; otherwise we start one.
 *
 * <p>One process owns the server at a time ({@link ServerOwner}, a file beside the folder): the one
 * that started it, or, once that one is gone without stopping it (killed with kill -9, halted by
 * jobs/pickup.sh's class-data training start, or ended while others were connected), the next
 * process that uses it: it adopts the server. The owner stops the server on exit unless other
 * clients are connected; then it gives the server up and the last of them stops it. Without an
 * owner, a server outlived every command: 1 GB of shared buffers and a port held until the machine
 * restarts, on a machine whose runbook says there is nothing to clean up. A server started with
 * keep-running (benchmarks, tests that read the database afterwards) is marked kept: nobody adopts
 * it, and {@code db stop} ({@link #stopIfIdle}) is how it is stopped.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private static final String APPLICATION_NAME = "pickup-settlement-" + ProcessHandle.current().pid();

    private final Path dataDirectory;
    private final Path ownerFile;
    private final int port;
    private final EmbeddedPostgres started;
    // Opened under the folder lock and held for the process's life: the owner sees it as a client
    // and leaves the server running for us when it exits first.
    private final Connection keepAlive;

    private EmbeddedPostgresServer(Path dataDirectory, int port, EmbeddedPostgres started) throws SQLException {
        this.dataDirectory = dataDirectory;
        this.ownerFile = sibling(dataDirectory, ".owner");
        this.port = port;
        this.started = started;
        this.keepAlive = DriverManager.getConnection(jdbcUrl(port), "postgres", "");
    }

    /** @param keepRunning leave the server running on exit, marked kept (benchmarks, inspection) */
    public static EmbeddedPostgresServer startOrAttach(Path dataDirectory, boolean keepRunning) throws IOException {
        Path dir = dataDirectory.toAbsolutePath().normalize();
        Files.createDirectories(dir.getParent());
        Path ownerFile = sibling(dir, ".owner");
        // Two processes starting at once must not both start a server on the same folder.
        try (FileChannel channel = lockChannel(dir); FileLock ignored = channel.lock()) {
            Integer running = runningPort(dir);
            if (running != null) {
                claim(dir, ownerFile, keepRunning);
                return new EmbeddedPostgresServer(dir, running, null);
            }
            Files.createDirectories(dir);
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "50")
                    .setServerConfig("fsync", "on")
                    // zonky's default is off, which lets a commit return before its WAL is on disk:
                    // a power loss could then forget a night the run reported as done.
                    .setServerConfig("synchronous_commit", "on")
                    // A night loads millions of rows in a few transactions: room for them in memory,
                    // and no checkpoint storm in the middle of the merge.
                    .setServerConfig("shared_buffers", "1GB")
                    .setServerConfig("max_wal_size", "8GB")
                    .setServerConfig("checkpoint_timeout", "30min")
                    .setServerConfig("wal_buffers", "64MB")
                    .setServerConfig("maintenance_work_mem", "512MB")
                    .setServerConfig("logging_collector", "off")
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(sibling(dir, ".log").toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(sibling(dir, ".log").toFile()))
                    .start();
            (keepRunning ? ServerOwner.keptRunning() : ServerOwner.thisProcess()).write(ownerFile);
            log.debug("started PostgreSQL on {} (port {})", dir, pg.getPort());
            return new EmbeddedPostgresServer(dir, pg.getPort(), pg);
        } catch (SQLException e) {
            throw new IOException("cannot connect to the embedded PostgreSQL on " + dir + ": " + e.getMessage(), e);
        }
    }

    /** On attaching: a server whose owner is gone becomes ours; keep-running marks it kept. */
    private static void claim(Path dir, Path ownerFile, boolean keepRunning) throws IOException {
        Optional<ServerOwner> owner = ServerOwner.read(ownerFile);
        if (keepRunning) {
            ServerOwner.keptRunning().write(ownerFile);
        } else if (owner.isEmpty() || !(owner.get().kept() || owner.get().isAlive())) {
            log.info("using the PostgreSQL left running on {} by a process that has ended; it is stopped when this "
                    + "command ends", dir);
            ServerOwner.thisProcess().write(ownerFile);
        } else {
            log.debug("attached to the PostgreSQL already running on {}", dir);
        }
    }

    /** What {@link #stopIfIdle} did: nothing to stop, stopped, or left running for its clients. */
    public record StopResult(boolean wasRunning, int otherClients, String jdbcUrl) {
        public boolean stopped() {
            return wasRunning && otherClients == 0;
        }
    }

    /**
     * Stops the server of a data folder, kept or not, unless a client is connected to it (ops'
     * {@code db stop}). Under the folder lock, so no command attaches between the count and the stop.
     */
    public static StopResult stopIfIdle(Path dataDirectory) throws IOException {
        Path dir = dataDirectory.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            return new StopResult(false, 0, null);
        }
        try (FileChannel channel = lockChannel(dir); FileLock ignored = channel.lock()) {
            Integer running = runningPort(dir);
            if (running == null) {
                ServerOwner.clear(sibling(dir, ".owner"));
                return new StopResult(false, 0, null);
            }
            int clients = otherClients(running);
            if (clients == 0) {
                signalStop(dir);
                ServerOwner.clear(sibling(dir, ".owner"));
            }
            return new StopResult(true, clients, jdbcUrl(running));
        }
    }

    private static Path sibling(Path dir, String suffix) {
        return dir.resolveSibling(dir.getFileName() + suffix);
    }

    private static FileChannel lockChannel(Path dir) throws IOException {
        return FileChannel.open(sibling(dir, ".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    }

    /** The port of a live server on this folder, from its postmaster.pid, or null. */
    private static Integer runningPort(Path dir) {
        Path pidFile = dir.resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) {
                return null;
            }
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.size() < 4) {
                return null;
            }
            int port = Integer.parseInt(lines.get(3).trim());
            try (Connection c = DriverManager.getConnection(jdbcUrl(port), "postgres", "")) {
                return port;
            }
        } catch (IOException | NumberFormatException | SQLException e) {
            return null; // a stale pid file from a dead server: PostgreSQL itself copes with it
        }
    }

    /**
     * Every connection this process makes through it carries the process's name, so that the
     * count of "other clients" on exit leaves out our own, whose backends may outlive their closing
     * by some milliseconds (a run's pool aborts its connections asynchronously).
     */
    static String jdbcUrl(int port) {
        return "jdbc:postgresql://localhost:" + port + "/postgres?ApplicationName=" + APPLICATION_NAME;
    }

    public String jdbcUrl() {
        return jdbcUrl(port);
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public void close() throws IOException {
        try {
            keepAlive.close();
        } catch (SQLException e) {
            log.debug("keep-alive connection already gone", e);
        }
        // Under the folder lock, so no process can attach between the count and the stop.
        try (FileChannel channel = lockChannel(dataDirectory); FileLock ignored = channel.lock()) {
            Optional<ServerOwner> owner = ServerOwner.read(ownerFile);
            if (owner.isPresent() && (owner.get().kept() || owner.get().isAlive() && !owner.get().isThisProcess())) {
                return; // kept, or another live process stops it
            }
            if (otherClients(port) > 0) {
                // Given up: the last client to end finds no owner and stops it.
                ServerOwner.clear(ownerFile);
                log.info("leaving PostgreSQL on {} running: other processes are connected", dataDirectory);
                return;
            }
            if (started != null) {
                started.close();
            } else if (runningPort(dataDirectory) != null) {
                signalStop(dataDirectory);
            }
            ServerOwner.clear(ownerFile);
        }
    }

    private static int otherClients(int port) {
        try (Connection c = DriverManager.getConnection(jdbcUrl(port), "postgres", "");
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_stat_activity "
                     + "WHERE backend_type = 'client backend' AND application_name <> '" + APPLICATION_NAME + "'")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            return 0;
        }
    }

    /**
     * Stops a server this process did not start (no pg_ctl at hand: zonky unpacks its binaries for
     * the process that starts one): SIGTERM to the postmaster, PostgreSQL's smart shutdown, which with
     * no client left is a clean one, checkpoint included. Waits for it, so that the folder is free
     * when the lock is released.
     */
    private static void signalStop(Path dir) throws IOException {
        long pid = Long.parseLong(Files.readAllLines(dir.resolve("postmaster.pid")).get(0).trim());
        Optional<ProcessHandle> postmaster = ProcessHandle.of(pid);
        if (postmaster.isEmpty()) {
            return;
        }
        postmaster.get().destroy();
        try {
            postmaster.get().onExit().get(60, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            throw new IOException("the embedded PostgreSQL on " + dir + " (pid " + pid + ") did not stop within 60 s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping the embedded PostgreSQL on " + dir, e);
        }
        log.debug("stopped PostgreSQL on {} (pid {})", dir, pid);
    }
}
