package com.pickupsettlement.support;

import com.pickupsettlement.system.EmbeddedPostgresServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;

/**
 * One real PostgreSQL per test JVM (the product's own {@link EmbeddedPostgresServer}, with its
 * settings), started on first use and stopped when the JVM exits. Flyway migrates a template
 * database once; every test folder then gets its own database copied from it
 * ({@code CREATE DATABASE ... TEMPLATE}), which takes a fraction of a second where a server of its
 * own (initdb, start, migrations) took several.
 */
public final class TestPostgres {
    private static final String TEMPLATE = "pipeline_template";
    private static EmbeddedPostgresServer server;
    private static Path root;
    private static int next;
    /** The database of each test folder: a folder started again (a second context) finds its data. */
    private static final Map<Path, String> databases = new HashMap<>();

    private TestPostgres() {
    }

    /** The JDBC URL of the database that belongs to {@code work}, created from the template on first use. */
    public static synchronized String databaseFor(Path work) {
        Path key = work.toAbsolutePath().normalize();
        String name = databases.get(key);
        if (name != null) {
            return url(name);
        }
        start();
        dropDatabasesOfDeletedFolders();
        name = "pipeline_" + (++next);
        execute("postgres", "CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
        databases.put(key, name);
        return url(name);
    }

    private static void dropDatabasesOfDeletedFolders() {
        for (Iterator<Map.Entry<Path, String>> it = databases.entrySet().iterator(); it.hasNext();) {
            Map.Entry<Path, String> e = it.next();
            if (!Files.exists(e.getKey())) {
                execute("postgres", "DROP DATABASE IF EXISTS " + e.getValue() + " WITH (FORCE)");
                it.remove();
            }
        }
    }

    private static void start() {
        if (server != null) {
            return;
        }
        try {
            root = Files.createTempDirectory("pickup-test-pg");
            server = EmbeddedPostgresServer.startOrAttach(root.resolve("pgdata"), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::stop, "test-postgres-stop"));
        execute("postgres", "CREATE DATABASE " + TEMPLATE);
        Flyway.configure().dataSource(url(TEMPLATE), "postgres", "").locations("classpath:db/migration").load().migrate();
        execute("postgres", "ALTER DATABASE " + TEMPLATE + " WITH IS_TEMPLATE true ALLOW_CONNECTIONS false");
    }

    private static synchronized void stop() {
        try {
            server.close();
            try (Stream<Path> files = Files.walk(root)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("test PostgreSQL under " + root + " not stopped: " + e);
        }
    }

    private static String url(String database) {
        return server.jdbcUrl().replaceFirst("/postgres(\\?|$)", "/" + database + "$1");
    }

    private static void execute(String database, String sql) {
        try (Connection c = DriverManager.getConnection(url(database), "postgres", "");
             Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
