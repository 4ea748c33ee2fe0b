package com.pickupsettlement.ops;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Exit 7 (rulebook 7): one run at a time. A PostgreSQL session-level advisory lock, held on a
 * dedicated connection for the whole run. The server releases it when the process dies, so a
 * kill -9 never leaves the lock behind.
 */
public final class RunLock implements AutoCloseable {
    private static final long KEY = 0x5E771E_0001L;
    private final Connection connection;

    private RunLock(Connection connection) {
        this.connection = connection;
    }

    /** The lock, or exit 7 with {@code refusal} when another process holds it. */
    public static RunLock hold(DataSource dataSource, String refusal) throws SQLException {
        Connection c = dataSource.getConnection();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT pg_try_advisory_lock(" + KEY + ")")) {
            rs.next();
            if (rs.getBoolean(1)) {
                return new RunLock(c);
            }
        }
        c.close();
        throw new OperatorMessage(ExitCode.ANOTHER_RUN_ACTIVE, refusal);
    }

    /** Whether a session of the server at {@code jdbcUrl} holds the lock (for a refusal's wording). */
    static boolean isHeld(String jdbcUrl) {
        try (Connection c = java.sql.DriverManager.getConnection(jdbcUrl, "postgres", "");
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted"
                     + " AND ((classid::bigint << 32) | objid::bigint) = " + KEY)) {
            rs.next();
            return rs.getInt(1) > 0;
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("SELECT pg_advisory_unlock(" + KEY + ")");
        } finally {
            connection.close();
        }
    }
}
