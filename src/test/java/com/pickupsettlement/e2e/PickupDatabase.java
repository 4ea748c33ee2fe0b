package com.pickupsettlement.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

/**
 * Reads the embedded PostgreSQL that a jar left running in a working folder (started with
 * -Dsettlement.embedded.keep-running=true), to prove what the database holds.
 */
final class PickupDatabase {
    /** Every table the pipeline writes, except the job repository's and business_day's run times. */
    private static final List<String> TABLES = List.of("stg_orders", "stg_manifest", "stg_pickups", "order_version",
            "customer_order", "manifest_line", "pickup_event", "agreement", "feed_file", "exception_case",
            "settled_order", "settlement_line", "published_file", "work_parcel_status", "work_order_shipment",
            "exception_today", "stg_resolutions", "resolution", "daily_figure", "daily_revenue");

    private PickupDatabase() {
    }

    static Connection connect(Path workDir) throws Exception {
        List<String> pid = Files.readAllLines(workDir.resolve("var/pgdata/postmaster.pid"));
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + pid.get(3).trim() + "/postgres",
                "postgres", "");
    }

    /** The single number a query returns (a count). */
    static long count(Path workDir, String sql) throws Exception {
        try (Connection c = connect(workDir); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Every table of the public schema (Flyway's and Spring Batch's included) with its row count. */
    static String rowCounts(Path workDir) throws Exception {
        StringBuilder sb = new StringBuilder();
        try (Connection c = connect(workDir); Statement st = c.createStatement()) {
            List<String> tables = new java.util.ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                    + " AND table_type = 'BASE TABLE' ORDER BY table_name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM \"" + table + "\"")) {
                    rs.next();
                    sb.append(table).append(' ').append(rs.getLong(1)).append('\n');
                }
            }
        }
        return sb.toString();
    }

    /**
     * Per table: its row count and an MD5 of all its rows in a fixed order. Equal fingerprints mean
     * the same rows, each held as many times; business_day is counted only (it holds run times).
     */
    static String fingerprint(Path workDir) throws Exception {
        StringBuilder sb = new StringBuilder();
        try (Connection c = connect(workDir); Statement st = c.createStatement()) {
            for (String table : TABLES) {
                // ids come from sequences, which a rolled-back transaction still advances
                String rows = switch (table) {
                    case "exception_case" ->
                            "(SELECT type, severity, order_id, tracking_number, first_seen, closed_on, detail FROM exception_case)";
                    case "resolution" -> "(SELECT business_date, file_name, line_number, action, type, severity, order_id, "
                            + "tracking_number, first_seen, reason, resolved_by, ended_on, ended_because FROM resolution)";
                    default -> table;
                };
                try (ResultSet rs = st.executeQuery("SELECT count(*), md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), ''))"
                        + " FROM " + rows + " t")) {
                    rs.next();
                    sb.append(table).append(' ').append(rs.getLong(1)).append(' ').append(rs.getString(2)).append('\n');
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT count(*), count(*) FILTER (WHERE status = 'COMPLETED') FROM business_day")) {
                rs.next();
                sb.append("business_day ").append(rs.getLong(1)).append(" completed ").append(rs.getLong(2)).append('\n');
            }
        }
        return sb.toString();
    }
}
