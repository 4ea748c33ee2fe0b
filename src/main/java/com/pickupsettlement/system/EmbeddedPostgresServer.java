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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL kept in a data folder so that state carries from night to night. Every
 * process of the pipeline (run, status, recover) shares one server per folder: if a server is
 * already running there (started by another process, or orphaned by a kill -9) we connect to it;
 * otherwise we start one. On exit we stop it only if we started it and nobody else is connected.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final Path dataDirectory;
    private final Path lockFile;
    private final int port;
    private final EmbeddedPostgres started;
    // Opened under the folder lock and held for the process's life: the process that started the
    // server sees it as a client and leaves the server running for us when it exits first.
    private final Connection keepAlive;

    private EmbeddedPostgresServer(Path dataDirectory, Path lockFile, int port, EmbeddedPostgres started)
            throws SQLException {
        this.dataDirectory = dataDirectory;
        this.lockFile = lockFile;
        this.port = port;
        this.started = started;
        this.keepAlive = DriverManager.getConnection(jdbcUrl(port), "postgres", "");
    }

    /** @param keepRunning leave a server this process started running on exit (benchmarks, inspection) */
    public static EmbeddedPostgresServer startOrAttach(Path dataDirectory, boolean keepRunning) throws IOException {
        Path dir = dataDirectory.toAbsolutePath().normalize();
        Files.createDirectories(dir.getParent());
        Path lockFile = dir.resolveSibling(dir.getFileName() + ".lock");
        // Two processes starting at once must not both start a server on the same folder.
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = channel.lock()) {
            Integer running = runningPort(dir);
            if (running != null) {
                log.debug("attached to the PostgreSQL already running on {} (port {})", dir, running);
                return new EmbeddedPostgresServer(dir, lockFile, running, null);
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
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(dir.resolveSibling(dir.getFileName() + ".log").toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(dir.resolveSibling(dir.getFileName() + ".log").toFile()))
                    .start();
            log.debug("started PostgreSQL on {} (port {})", dir, pg.getPort());
            return new EmbeddedPostgresServer(dir, lockFile, pg.getPort(), keepRunning ? null : pg);
        } catch (SQLException e) {
            throw new IOException("cannot connect to the embedded PostgreSQL on " + dir + ": " + e.getMessage(), e);
        }
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

    static String jdbcUrl(int port) {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
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
        if (started == null) {
            return;
        }
        // Under the folder lock, so no process can attach between the count and the stop.
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = channel.lock()) {
            if (otherClients() > 0) {
                log.info("leaving PostgreSQL on {} running: other processes are connected", dataDirectory);
                return;
            }
            started.close();
        }
    }

    private int otherClients() {
        try (Connection c = DriverManager.getConnection(jdbcUrl(), "postgres", "");
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_stat_activity "
                     + "WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            return 0;
        }
    }
}
