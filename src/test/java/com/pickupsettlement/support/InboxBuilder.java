package com.pickupsettlement.support;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes tiny hand-made inboxes in the exact rulebook formats: rows are given as the CSV text of
 * each line (so a test can put any fault in them); headers, the manifest trailer and encodings
 * are added here. Feeds not given for a date are written header-only (a quiet day).
 */
public final class InboxBuilder {
    public static final String ORDERS_HEADER =
            "order_id,order_time,buyer_id,seller_id,pickup_point_id,currency,amount,status,updated_at";
    public static final String MANIFEST_HEADER = "manifest_id;tracking_number;order_id;parcel_no;parcel_count;"
            + "dispatched_at;declared_value;currency;weight_kg;destination_point_id;comment";
    public static final String PICKUPS_HEADER = "event_id,tracking_number,point_id,event_type,event_time,operator_id";
    public static final String SAMPLE_AGREEMENTS = """
            party_code,party_name,role,share_percent,effective_from,effective_to
            ALIEXPRESS,AliExpress,MARKETPLACE,,2026-01-01,
            CSL,"China Smart Logistics Co., Ltd.",PARTNER,1.5,2026-01-01,
            SPSR,SPSR Express,PARTNER,3.5,2026-01-01,
            """;
    private static final Charset CP1251 = Charset.forName("windows-1251");

    private final Path inbox;

    public InboxBuilder(Path inbox) throws IOException {
        this.inbox = inbox;
        agreements(SAMPLE_AGREEMENTS);
    }

    public InboxBuilder agreements(String text) throws IOException {
        Files.writeString(inbox.resolve("agreements.csv"), text, StandardCharsets.UTF_8);
        return this;
    }

    /** Writes the three feeds of a date; each list holds the data lines (no header, no trailer). */
    public InboxBuilder day(String isoDate, List<String> orders, List<String> manifest, List<String> pickups)
            throws IOException {
        String compact = LocalDate.parse(isoDate).format(DateTimeFormatter.BASIC_ISO_DATE);
        write("orders_" + compact + ".csv", ORDERS_HEADER, orders, StandardCharsets.UTF_8, null);
        write("manifest_" + compact + ".csv", MANIFEST_HEADER, manifest, CP1251, "TRAILER;" + manifest.size());
        write("pickups_" + compact + ".csv", PICKUPS_HEADER, pickups, StandardCharsets.UTF_8, null);
        return this;
    }

    public static final String RESOLUTIONS_HEADER = "action,type,order_id,tracking_number,reason,resolved_by";

    /** Finance's resolutions file of a date (rulebook 9), UTF-8 with commas; rows as their CSV text. */
    public InboxBuilder resolutions(String isoDate, List<String> rows) throws IOException {
        write(resolutionsName(isoDate), RESOLUTIONS_HEADER, rows, StandardCharsets.UTF_8, null);
        return this;
    }

    /** A resolutions file with exactly these bytes' text, encoded as given (to test what spreadsheets save). */
    public InboxBuilder resolutionsFile(String isoDate, String text, Charset charset) throws IOException {
        Files.write(inbox.resolve(resolutionsName(isoDate)), text.getBytes(charset));
        return this;
    }

    public static String resolutionsName(String isoDate) {
        return "resolutions_" + LocalDate.parse(isoDate).format(DateTimeFormatter.BASIC_ISO_DATE) + ".csv";
    }

    public InboxBuilder quietDay(String isoDate) throws IOException {
        return day(isoDate, List.of(), List.of(), List.of());
    }

    private void write(String name, String header, List<String> rows, Charset charset, String trailer)
            throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(header);
        lines.addAll(rows);
        if (trailer != null) {
            lines.add(trailer);
        }
        Files.write(inbox.resolve(name), (String.join("\n", lines) + "\n").getBytes(charset));
    }
}
