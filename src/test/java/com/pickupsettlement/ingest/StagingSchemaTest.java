package com.pickupsettlement.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pickupsettlement.domain.Feed;
import com.pickupsettlement.support.DbTest;
import com.pickupsettlement.support.TestPostgres;
import com.pickupsettlement.system.CopyBinary;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
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
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each feed's row record is its staging table's typed columns, in one place: the migrated tables
 * must have the record's components as their typed columns, by name, order and type, and a row's
 * copyTo must fill each column with its own component.
 */
@DbTest
class StagingSchemaTest {
    /** Written by StagingCopyWriter for every row, before the typed ones. */
    private static final Set<String> FIXED = Set.of("business_date", "line_number", "raw_line", "raw_has_nul",
            "reject_reason", "outcome", "cells");
    // No column is filled later by classification besides outcome (V2, V7): nothing else to leave out.

    /** The column type (information_schema data_type) of each Java type a row may hold (see CopyBinary). */
    private static final Map<Class<?>, Set<String>> SQL_TYPES = Map.of(
            String.class, Set.of("text", "character varying"),
            OffsetDateTime.class, Set.of("timestamp with time zone"),
            Instant.class, Set.of("timestamp with time zone"),
            BigDecimal.class, Set.of("numeric"),
            Integer.class, Set.of("integer"),
            Long.class, Set.of("bigint"),
            LocalDate.class, Set.of("date"));

    @TempDir
    static Path work;
    static Connection c;

    @BeforeAll
    static void connect() throws SQLException {
        c = DriverManager.getConnection(TestPostgres.databaseFor(work), "postgres", "");
    }

    @AfterAll
    static void close() throws SQLException {
        c.close();
    }

    static Class<? extends FeedRow> rowType(Feed feed) {
        return switch (feed) {
            case ORDERS -> OrderRow.class;
            case MANIFEST -> ManifestRow.class;
            case PICKUPS -> PickupRow.class;
            case RESOLUTIONS -> ResolutionRow.class;
        };
    }

    @ParameterizedTest
    @EnumSource(Feed.class)
    void theRowsComponentsAreTheTablesTypedColumns_InOrderAndType(Feed feed) throws SQLException {
        Class<? extends FeedRow> type = rowType(feed);
        Map<String, String> typed = typedColumns(StagingTables.of(feed));
        assertEquals(List.copyOf(typed.keySet()), FeedRow.columns(type), StagingTables.of(feed) + " vs " + type);
        RecordComponent[] components = type.getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            String column = FeedRow.columns(type).get(i);
            Set<String> expected = SQL_TYPES.get(components[i].getType());
            assertTrue(expected != null && expected.contains(typed.get(column)),
                    type.getSimpleName() + "." + components[i].getName() + " is " + components[i].getType()
                            .getSimpleName() + ", column " + column + " is " + typed.get(column));
        }
    }

    @ParameterizedTest
    @EnumSource(Feed.class)
    void copyToFillsEachColumnWithItsComponent(Feed feed) throws Exception {
        Class<? extends FeedRow> type = rowType(feed);
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = sample(components[i].getType(), i);
        }
        FeedRow row = type.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType)
                .toArray(Class<?>[]::new)).newInstance(values);
        String table = StagingTables.of(feed);
        List<String> columns = FeedRow.columns(type);
        c.setAutoCommit(false);
        try {
            try (Statement st = c.createStatement()) {
                st.execute("DELETE FROM " + table);
            }
            CopyBinary out = new CopyBinary(64);
            out.startRow(4 + columns.size());
            out.value(LocalDate.of(2026, 11, 1));
            out.value(1L);
            out.value("raw");
            out.value(false);
            row.copyTo(out);
            out.copyIn(c, "COPY " + table + " (business_date, line_number, raw_line, raw_has_nul, "
                    + String.join(", ", columns) + ") FROM STDIN WITH (FORMAT binary)");
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT " + String.join(", ", columns) + " FROM " + table)) {
                rs.next();
                for (int i = 0; i < values.length; i++) {
                    boolean time = values[i] instanceof OffsetDateTime || values[i] instanceof Instant;
                    Object stored = time ? rs.getObject(i + 1, OffsetDateTime.class).toInstant() : rs.getObject(i + 1);
                    Object written = values[i] instanceof OffsetDateTime t ? t.toInstant() : values[i];
                    assertEquals(written, stored, table + "." + columns.get(i));
                }
            }
        } finally {
            c.rollback();
            c.setAutoCommit(true);
        }
    }

    /** A value of the type that differs from every other component's. */
    private static Object sample(Class<?> type, int i) {
        if (type == String.class) {
            return "v" + i;
        } else if (type == Integer.class) {
            return i;
        } else if (type == BigDecimal.class) {
            return new BigDecimal(i + ".5");
        } else if (type == OffsetDateTime.class) {
            return OffsetDateTime.of(2026, 11, 1, i, 0, 0, 0, ZoneOffset.ofHours(3));
        } else if (type == Instant.class) {
            return Instant.parse("2026-11-01T00:00:00Z").plusSeconds(3600L * i);
        }
        throw new IllegalArgumentException("no sample of " + type);
    }

    /** The table's columns (name to data_type) in their order, without those every staging table has. */
    private static Map<String, String> typedColumns(String table) throws SQLException {
        Map<String, String> columns = new LinkedHashMap<>();
        try (PreparedStatement st = c.prepareStatement("SELECT column_name, data_type FROM information_schema.columns"
                + " WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position")) {
            st.setString(1, table);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    if (!FIXED.contains(rs.getString(1))) {
                        columns.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
        }
        assertFalse(columns.isEmpty(), "no typed columns found in " + table);
        return columns;
    }
}
