package com.pickupsettlement.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pickupsettlement.support.DbTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded server's durability settings, as the server reports them, and who stops it. */
@DbTest
class EmbeddedPostgresServerTest {
    @TempDir
    Path work;

    @Test
    void commitsReachTheDiskBeforeTheyReturn() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startOrAttach(work.resolve("pgdata"), false);
             Connection c = DriverManager.getConnection(server.jdbcUrl(), "postgres", "")) {
            assertEquals("on", show(c, "fsync"));
            assertEquals("on", show(c, "synchronous_commit"), "zonky's default is off");
            assertEquals("on", show(c, "full_page_writes"));
        }
    }

    @Test
    void keptServer_WhenAnotherCommandUsesIt_ThenItRunsOnUntilStopIfIdle() throws Exception {
        Path dir = work.resolve("pgdata");
        EmbeddedPostgresServer.startOrAttach(dir, true).close();
        assertTrue(running(dir), "kept");
        EmbeddedPostgresServer.startOrAttach(dir, false).close();
        assertTrue(running(dir), "a kept server is nobody's to adopt");

        assertTrue(EmbeddedPostgresServer.stopIfIdle(dir).stopped());
        assertFalse(running(dir));
        assertFalse(EmbeddedPostgresServer.stopIfIdle(dir).wasRunning());
    }

    @Test
    void serverWhoseOwnerIsGone_ThenTheCommandUsingItStopsItOnExit() throws Exception {
        Path dir = work.resolve("pgdata");
        EmbeddedPostgresServer.startOrAttach(dir, true).close();
        // As a killed process leaves it: its PID, which no live process has any more.
        Files.writeString(work.resolve("pgdata.owner"), Integer.MAX_VALUE + " 2026-01-01T00:00:00Z\n");

        EmbeddedPostgresServer adopter = EmbeddedPostgresServer.startOrAttach(dir, false);
        assertTrue(running(dir));
        adopter.close();
        assertFalse(running(dir), "stopped by the command that adopted it");
        assertFalse(Files.exists(work.resolve("pgdata.owner")));
    }

    @Test
    void stopIfIdle_WhileAClientIsConnected_ThenLeftRunning() throws Exception {
        Path dir = work.resolve("pgdata");
        EmbeddedPostgresServer server = EmbeddedPostgresServer.startOrAttach(dir, true);
        // As psql or another process connects: not under this process's application name.
        String url = server.jdbcUrl().replaceFirst("\\?.*", "");
        try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
            EmbeddedPostgresServer.StopResult refused = EmbeddedPostgresServer.stopIfIdle(dir);
            assertFalse(refused.stopped());
            assertEquals(1, refused.otherClients(), "that connection; this process's own do not count");
            assertTrue(running(dir));
        }
        server.close();
        assertTrue(EmbeddedPostgresServer.stopIfIdle(dir).stopped());
        assertFalse(running(dir));
    }

    /** A live postmaster of the folder, by its postmaster.pid. */
    private static boolean running(Path dir) throws Exception {
        Path pidFile = dir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return false;
        }
        long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static String show(Connection c, String setting) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SHOW " + setting)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
