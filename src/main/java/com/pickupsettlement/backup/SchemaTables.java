package com.pickupsettlement.backup;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a backup copies: every table of the application's schema (Flyway's history aside: the
 * schema is made by the jar's own migrations, and only its version is recorded), with its
 * columns, and every sequence. Read from the catalogue, so a table added by a later migration is
 * carried without anyone remembering to list it.
 */
record SchemaTables(Map<String, List<String>> columns, List<String> sequences) {
    static final String FLYWAY_HISTORY = "flyway_schema_history";

    static SchemaTables read(Connection c) throws SQLException {
        Map<String, List<String>> columns = new TreeMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                SELECT c.relname, a.attname
                FROM pg_class c
                JOIN pg_namespace n ON n.oid = c.relnamespace
                JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
                ORDER BY c.relname, a.attnum
                """)) {
            while (rs.next()) {
                if (!rs.getString(1).equals(FLYWAY_HISTORY)) {
                    columns.computeIfAbsent(rs.getString(1), t -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        List<String> sequences = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT sequencename FROM pg_sequences WHERE schemaname = current_schema() ORDER BY sequencename")) {
            while (rs.next()) {
                sequences.add(rs.getString(1));
            }
        }
        return new SchemaTables(columns, sequences);
    }

    /** The tables in an order where each comes after those its foreign keys point to (Spring Batch's do). */
    List<String> loadOrder(Connection c) throws SQLException {
        Map<String, Set<String>> needs = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                SELECT t.relname, r.relname
                FROM pg_constraint k
                JOIN pg_class t ON t.oid = k.conrelid
                JOIN pg_class r ON r.oid = k.confrelid
                JOIN pg_namespace n ON n.oid = t.relnamespace
                WHERE k.contype = 'f' AND n.nspname = current_schema() AND t.oid <> r.oid
                """)) {
            while (rs.next()) {
                needs.computeIfAbsent(rs.getString(1), t -> new HashSet<>()).add(rs.getString(2));
            }
        }
        Map<String, Boolean> loaded = new LinkedHashMap<>();
        while (loaded.size() < columns.size()) {
            int before = loaded.size();
            for (String table : columns.keySet()) {
                if (!loaded.containsKey(table) && loaded.keySet().containsAll(needs.getOrDefault(table, Set.of()))) {
                    loaded.put(table, true);
                }
            }
            if (loaded.size() == before) {
                throw new IllegalStateException("foreign keys form a cycle among " + columns.keySet());
            }
        }
        return List.copyOf(loaded.keySet());
    }

    static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /**
     * The migrations applied, in version order ("1,2,...,9"): a backup is restored only into a
     * database with exactly the same ones, so that its columns mean the same.
     */
    static String migrations(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT coalesce(string_agg(version, ','"
                + " ORDER BY string_to_array(version, '.')::int[]), '') FROM " + FLYWAY_HISTORY
                + " WHERE success AND version IS NOT NULL")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
