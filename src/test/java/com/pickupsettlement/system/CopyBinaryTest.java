package com.pickupsettlement.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pickupsettlement.support.DbTest;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Binary COPY must store exactly what a text COPY of the same values stored: the same instants,
 * and numerics with the same display scale (the outputs print them). Checked on a real server by
 * comparing each binary-loaded value with the server's own cast of its text form.
 */
@DbTest
class CopyBinaryTest {
    @TempDir
    static Path work;
    static EmbeddedPostgresServer server;
    static Connection c;

    @BeforeAll
    static void start() throws Exception {
        server = EmbeddedPostgresServer.startOrAttach(work.resolve("pgdata"), false);
        c = DriverManager.getConnection(server.jdbcUrl(), "postgres", "");
    }

    @AfterAll
    static void stop() throws Exception {
        c.close();
        server.close();
    }

    @Test
    void numericsKeepValueAndScale() throws SQLException {
        List<String> texts = new ArrayList<>(List.of("0", "0.00", "0.0000", "1", "10.50", "0.05", "0.00001",
                "12345678.9", "100000000", "99999.9999", "10000", "1000.0001", "0.1", "7.000", "12.3456789",
                "123456789012345678901234567890.123456789", "9223372036854775807", "4611686018427387903",
                "461168601842738790.3", "-5.25", "-0.0003", "1E+3", "2.5E-7"));
        // And a few hundred more, of every scale up to 12 and sizes up to and past a long.
        Random random = new Random(6);
        for (int i = 0; i < 300; i++) {
            BigInteger unscaled = new BigInteger(1 + random.nextInt(80), random);
            texts.add(new BigDecimal(random.nextInt(10) == 0 ? unscaled.negate() : unscaled, random.nextInt(13)).toString());
        }
        execute("CREATE TEMP TABLE n (id int, v numeric)");
        CopyBinary rows = new CopyBinary(16);
        for (int i = 0; i < texts.size(); i++) {
            rows.startRow(2);
            rows.value(i);
            rows.value(new BigDecimal(texts.get(i)));
        }
        copyInOneTransaction(rows, "COPY n (id, v) FROM STDIN WITH (FORMAT binary)");
        try (PreparedStatement st = c.prepareStatement("SELECT v::text, v = ?::numeric, v::text = (?::numeric)::text FROM n WHERE id = ?")) {
            for (int i = 0; i < texts.size(); i++) {
                BigDecimal value = new BigDecimal(texts.get(i));
                String text = (value.scale() < 0 ? value.setScale(0) : value).toPlainString();
                st.setString(1, text);
                st.setString(2, text);
                st.setInt(3, i);
                try (ResultSet rs = st.executeQuery()) {
                    assertTrue(rs.next());
                    assertEquals(text, rs.getString(1), texts.get(i));
                    assertTrue(rs.getBoolean(2), texts.get(i));
                    assertTrue(rs.getBoolean(3), texts.get(i));
                }
            }
        }
    }

    @Test
    void everyStagingTypeAsTheTextFormWouldStoreIt() throws SQLException {
        execute("CREATE TEMP TABLE t (d date, l bigint, s text, b boolean, r text, o char(1), u uuid, i int,"
                + " ts timestamptz, ts2 timestamptz)");
        String uuid = "0123456789abcdef0011223344556677";
        List<Object[]> values = new ArrayList<>();
        values.add(new Object[] {LocalDate.of(2026, 11, 2), 1_250_810L, "Привет, 世界 \uD834\uDD1E\t\\N", true, null, "R",
                HexFormat.of().parseHex(uuid), 99, OffsetDateTime.parse("2026-11-02T10:15:30+03:00"),
                Instant.parse("2026-11-01T07:00:00Z")});
        values.add(new Object[] {LocalDate.of(1999, 12, 31), 2L, "", false, "bad format of order_time", null, null,
                null, OffsetDateTime.parse("1999-12-31T23:59:59.123456-05:00"), Instant.parse("2000-01-01T00:00:00Z")});
        CopyBinary rows = new CopyBinary(16);
        for (Object[] row : values) {
            rows.startRow(row.length);
            for (Object v : row) {
                rows.value(v);
            }
        }
        copyInOneTransaction(rows, "COPY t FROM STDIN WITH (FORMAT binary)");
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT d::text, l, s, b, r, o, u::text, i,"
                     + " ts = '2026-11-02T10:15:30+03:00'::timestamptz OR ts = '1999-12-31T23:59:59.123456-05:00'::timestamptz,"
                     + " extract(epoch FROM ts2)::bigint FROM t ORDER BY l DESC")) {
            assertTrue(rs.next());
            assertEquals("2026-11-02", rs.getString(1));
            assertEquals(1_250_810L, rs.getLong(2));
            assertEquals("Привет, 世界 \uD834\uDD1E\t\\N", rs.getString(3));
            assertTrue(rs.getBoolean(4));
            assertEquals(null, rs.getString(5));
            assertEquals("R", rs.getString(6));
            assertEquals("01234567-89ab-cdef-0011-223344556677", rs.getString(7));
            assertEquals(99, rs.getInt(8));
            assertTrue(rs.getBoolean(9));
            assertEquals(Instant.parse("2026-11-01T07:00:00Z").getEpochSecond(), rs.getLong(10));
            assertTrue(rs.next());
            assertEquals("1999-12-31", rs.getString(1));
            assertEquals("", rs.getString(3));
            assertEquals("bad format of order_time", rs.getString(5));
            assertEquals(null, rs.getString(6));
            assertEquals(null, rs.getString(7));
            assertEquals(null, rs.getObject(8));
            assertTrue(rs.getBoolean(9));
            assertEquals(Instant.parse("2000-01-01T00:00:00Z").getEpochSecond(), rs.getLong(10));
        }
    }

    @Test
    void fractionsFinerThanAMicrosecondRoundAsTheServerRoundsText() throws SQLException {
        List<String> texts = List.of("2026-11-02T10:15:30.1234565+03:00", "2026-11-02T10:15:30.1234575+03:00",
                "2026-11-02T10:15:30.9999995Z", "2026-11-02T10:15:30.0000005Z", "2026-11-02T10:15:30.123456789Z",
                "2026-11-02T10:15:30.000000001Z", "1999-12-31T23:59:59.9999999Z", "2026-11-02T10:15:30.5Z");
        execute("CREATE TEMP TABLE f (id int, ts timestamptz)");
        CopyBinary rows = new CopyBinary(16);
        for (int i = 0; i < texts.size(); i++) {
            rows.startRow(2);
            rows.value(i);
            rows.value(OffsetDateTime.parse(texts.get(i)));
        }
        copyInOneTransaction(rows, "COPY f (id, ts) FROM STDIN WITH (FORMAT binary)");
        try (PreparedStatement st = c.prepareStatement("SELECT ts = ?::timestamptz, ts::text FROM f WHERE id = ?")) {
            for (int i = 0; i < texts.size(); i++) {
                st.setString(1, texts.get(i));
                st.setInt(2, i);
                try (ResultSet rs = st.executeQuery()) {
                    assertTrue(rs.next());
                    assertTrue(rs.getBoolean(1), texts.get(i) + " stored as " + rs.getString(2));
                }
            }
        }
    }

    @Test
    void aValueOfNoKnownTypeIsRefusedBeforeAnythingIsSent() {
        CopyBinary rows = new CopyBinary(16);
        rows.startRow(1);
        assertThrows(IllegalArgumentException.class, () -> rows.value(new Object()));
        assertThrows(IllegalArgumentException.class, () -> rows.value(new byte[3]));
    }

    /** As the staging writer uses it: inside the caller's transaction. */
    private static void copyInOneTransaction(CopyBinary rows, String copySql) throws SQLException {
        c.setAutoCommit(false);
        rows.copyIn(c, copySql);
        c.commit();
        c.setAutoCommit(true);
    }

    private static void execute(String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
