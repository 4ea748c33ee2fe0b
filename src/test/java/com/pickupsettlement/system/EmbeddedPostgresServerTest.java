package com.pickupsettlement.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.pickupsettlement.support.DbTest;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded server's durability settings, as the server reports them. */
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

    private static String show(Connection c, String setting) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SHOW " + setting)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
