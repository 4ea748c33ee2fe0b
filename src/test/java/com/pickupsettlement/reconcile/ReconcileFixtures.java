package com.pickupsettlement.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;
import com.pickupsettlement.support.Pipeline;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Shared by the reconciliation tests: builders for single feed lines in the rulebook formats
 * (orders at MSK-01 in RUB unless told otherwise) and readers of a date's output files.
 */
final class ReconcileFixtures {
    static final String MSK1 = "MSK-01";
    static final String MSK2 = "MSK-02";
    static final List<String> PARTIES = List.of("ALIEXPRESS", "CSL", "SPSR");
    static final String EXCEPTIONS_HEADER = "type,severity,order_id,tracking_number,first_seen,age_days,detail";
    static final String SETTLEMENT_HEADER = "line_type,order_id,tracking_numbers,pickup_point_id,collected_at,currency,"
            + "revenue_amount,share_percent,share_amount,original_settlement_date";

    private ReconcileFixtures() {
    }

    // ---- feed lines -------------------------------------------------------------------------

    /** An orders line at MSK-01 in RUB. */
    static String order(String orderId, String orderTime, String amount, String status, String updatedAt) {
        return order(orderId, orderTime, MSK1, "RUB", amount, status, updatedAt);
    }

    static String order(String orderId, String orderTime, String point, String currency, String amount, String status,
                        String updatedAt) {
        String tail = orderId.substring(orderId.length() - 6);
        return String.join(",", orderId, orderTime, "U100" + tail, "S77" + tail.substring(3), point, currency, amount,
                status, updatedAt);
    }

    /** The first version of an order: PAID, at MSK-01 in RUB, updated_at = order_time. */
    static String paid(String orderId, String orderTime, String amount) {
        return order(orderId, orderTime, amount, "PAID", orderTime);
    }

    /** A manifest line in RUB for MSK-01; dispatchedAt is Moscow "dd.MM.yyyy HH:mm", declared uses a decimal comma. */
    static String parcel(String tracking, String orderId, int parcelNo, int parcelCount, String dispatchedAt,
                         String declared) {
        return parcel(tracking, orderId, parcelNo, parcelCount, dispatchedAt, declared, "RUB", MSK1);
    }

    static String parcel(String tracking, String orderId, int parcelNo, int parcelCount, String dispatchedAt,
                         String declared, String currency, String destination) {
        String day = dispatchedAt.substring(6, 10) + dispatchedAt.substring(3, 5) + dispatchedAt.substring(0, 2);
        return String.join(";", "SPSR-" + day + "-01", tracking, orderId, Integer.toString(parcelNo),
                Integer.toString(parcelCount), dispatchedAt, declared, currency, "0,850", destination, "");
    }

    /**
     * A pickups line; eventTime is Moscow "yyyy-MM-dd HH:mm:ss". The event_id is derived from the
     * point, time, type and tracking number, so the same event written twice has the same id.
     */
    static String event(String tracking, String point, String type, String eventTime) {
        String id = point.replace("-", "") + "-" + eventTime.substring(0, 10).replace("-", "") + "-"
                + eventTime.substring(11).replace(":", "") + "-" + type.substring(0, 3) + "-" + tracking;
        return String.join(",", id, tracking, point, type, eventTime, "op-017");
    }

    // ---- running ----------------------------------------------------------------------------

    /** Runs the dates in order, each of which must complete (exit 0). */
    static void run(Pipeline pipeline, String... dates) {
        for (String date : dates) {
            assertEquals(0, pipeline.run(date), "exit code of the run of " + date);
        }
    }

    // ---- outputs ----------------------------------------------------------------------------

    static String compact(String isoDate) {
        return LocalDate.parse(isoDate).format(DateTimeFormatter.BASIC_ISO_DATE);
    }

    /** Every row of a CSV output file, header included, as cells. */
    static List<String[]> readCsv(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVReader csv = new CSVReader(reader)) {
            return csv.readAll();
        } catch (CsvException e) {
            throw new IOException("unreadable CSV " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The rows of exceptions_YYYYMMDD.csv as "type,severity,order_id,tracking_number,first_seen,age_days":
     * the detail column is free text, so it is only checked to be non-empty and then dropped.
     */
    static List<String> exceptions(Pipeline pipeline, String date) throws IOException {
        List<String[]> rows = readCsv(pipeline.folder(date).resolve("exceptions_" + compact(date) + ".csv"));
        assertEquals(EXCEPTIONS_HEADER, String.join(",", rows.get(0)));
        List<String> result = new ArrayList<>();
        for (String[] row : rows.subList(1, rows.size())) {
            assertEquals(7, row.length, () -> "exception row of " + date + ": " + String.join(",", row));
            assertFalse(row[6].isEmpty(), () -> "detail of " + String.join(",", row));
            result.add(String.join(",", List.of(row).subList(0, 6)));
        }
        return result;
    }

    /** The data lines of settlement_PARTY_YYYYMMDD.csv, as written. */
    static List<String> settlement(Pipeline pipeline, String date, String party) throws IOException {
        Path file = pipeline.folder(date).resolve("settlement_" + party + "_" + compact(date) + ".csv");
        assertTrue(Files.exists(file), () -> file + " is written even when empty");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(SETTLEMENT_HEADER, lines.get(0));
        return lines.subList(1, lines.size());
    }

    /** The settlement lines of every party of the date that name the order. */
    static List<String> settlementLinesOf(Pipeline pipeline, String date, String orderId) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(pipeline.folder(date))) {
            for (Path file : files.filter(ReconcileFixtures::isSettlementCsv).sorted().toList()) {
                for (String[] row : readCsv(file)) {
                    if (row.length > 1 && row[1].equals(orderId)) {
                        lines.add(file.getFileName() + ":" + String.join(",", row));
                    }
                }
            }
        }
        return lines;
    }

    /** The CSV settlement files only: the folder also holds each one's .xlsx edition (rulebook 11). */
    private static boolean isSettlementCsv(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith("settlement_") && name.endsWith(".csv");
    }

    /** Asserts that every party's settlement file of the date is header-only. */
    static void assertNothingSettled(Pipeline pipeline, String date) throws IOException {
        for (String party : PARTIES) {
            assertEquals(List.of(), settlement(pipeline, date, party), "settlement of " + party + " on " + date);
        }
    }

    static final String RESOLUTIONS_HEADER =
            "action,type,severity,order_id,tracking_number,first_seen,age_days,reason,resolved_by";

    /** The data lines of resolutions_YYYYMMDD.csv, as written. */
    static List<String> resolutions(Pipeline pipeline, String date) throws IOException {
        List<String> lines = Files.readAllLines(pipeline.folder(date).resolve("resolutions_" + compact(date) + ".csv"),
                StandardCharsets.UTF_8);
        assertEquals(RESOLUTIONS_HEADER, lines.get(0));
        return lines.subList(1, lines.size());
    }

    /** The rows of rejects_YYYYMMDD.csv without its header, as cells. */
    static List<List<String>> rejects(Pipeline pipeline, String date) throws IOException {
        List<String[]> rows = readCsv(pipeline.folder(date).resolve("rejects_" + compact(date) + ".csv"));
        assertEquals("feed,file,line_number,reason,raw_line", String.join(",", rows.get(0)));
        return rows.subList(1, rows.size()).stream().map(List::of).toList();
    }
}
