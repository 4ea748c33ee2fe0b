package com.pickupsettlement.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.pickupsettlement.support.DbTest;
import com.pickupsettlement.support.Pipeline;
import com.pickupsettlement.support.TestPostgres;
import com.zaxxer.hikari.HikariDataSource;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The pipeline's own sessions get what it needs whatever the database's defaults say (README,
 * "Server settings"): a production server configured for other work (asynchronous commit, a
 * statement timeout) must not make a night lose a commit or die half-way.
 */
@DbTest
class SessionSettingsTest {
    /** Defaults a production database might have, each the opposite of what a night needs. */
    private static final List<String> HOSTILE_DEFAULTS = List.of("synchronous_commit = off",
            "statement_timeout = '5min'", "lock_timeout = '5min'", "idle_in_transaction_session_timeout = '5min'");
    private static final Map<String, String> NEEDED = new LinkedHashMap<>();

    static {
        NEEDED.put("synchronous_commit", "on");
        NEEDED.put("statement_timeout", "0");
        NEEDED.put("lock_timeout", "0");
        NEEDED.put("idle_in_transaction_session_timeout", "0");
    }

    @TempDir
    Path work;

    @Test
    void productionDataSource_WhenTheDatabaseDefaultsDiffer_ThenItsSessionsHaveWhatTheNightNeeds() throws Exception {
        String url = TestPostgres.databaseFor(work);
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
             Statement st = c.createStatement()) {
            for (String setting : HOSTILE_DEFAULTS) {
                st.execute("DO $$ BEGIN EXECUTE format('ALTER DATABASE %I SET " + setting.replace("'", "''")
                        + "', current_database()); END $$");
            }
        }
        try (Connection plain = DriverManager.getConnection(url, "postgres", "")) {
            assertEquals("off", show(plain, "synchronous_commit"), "a plain session has the database's default");
        }
        try (Pipeline pipeline = Pipeline.start(work)) {
            assertSessionSettings(pipeline.bean(DataSource.class));
        }
    }

    @Test
    void embeddedDataSource_HasTheSameSessionSettings() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startOrAttach(work.resolve("pgdata"), false)) {
            try (Connection c = DriverManager.getConnection(server.jdbcUrl(), "postgres", "");
                 Statement st = c.createStatement()) {
                for (String setting : HOSTILE_DEFAULTS) {
                    st.execute("ALTER DATABASE postgres SET " + setting);
                }
            }
            StandardEnvironment environment = new StandardEnvironment();
            environment.getPropertySources().addFirst(new PropertiesPropertySource("application", applicationProperties()));
            try (HikariDataSource ds = new EmbeddedDatabaseConfiguration().dataSource(server, environment)) {
                assertSessionSettings(ds);
            }
        }
    }

    private static void assertSessionSettings(DataSource ds) throws Exception {
        try (Connection c = ds.getConnection()) {
            for (Map.Entry<String, String> e : NEEDED.entrySet()) {
                assertEquals(e.getValue(), show(c, e.getKey()), e.getKey());
            }
        }
    }

    private static Properties applicationProperties() throws Exception {
        Properties p = new Properties();
        try (InputStream in = SessionSettingsTest.class.getResourceAsStream("/application.properties")) {
            p.load(in);
        }
        return p;
    }

    private static String show(Connection c, String setting) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SHOW " + setting)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
