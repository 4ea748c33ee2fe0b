package com.pickupsettlement.sampledata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * Generates a consistent inbox (rulebook section 2): for each business date the orders, manifest
 * and pickups feeds, plus {@code agreements.csv}. Orders placed on day D are dispatched D..D+2,
 * arrive 6-8 days later and are collected, refused or sent back after; later files carry their
 * cancellations and refunds. The first date also carries a go-live backlog of the 12 days before it.
 *
 * <p>Deterministic: the same options give byte-identical files, whatever the JVM's time zone or
 * locale. Streaming: rows are written as they are made, and only one day's sort keys are held, so
 * memory does not grow with the number of days.
 *
 * <p>With {@code anomalies} on, it plants the faults the pipeline must cope with: rejected rows of
 * every reason (kept far below the refusal threshold), duplicates, conflicting events and
 * versions, formula-looking ids, unknown orders, wrong points, late arrivals, duplicate tracking
 * numbers, unmanifested parcels, late uploads. See {@link Anomaly}. On every third date from the
 * third it also writes finance's resolutions file (rulebook 9): CLOSEs of breaks it planted that
 * are certainly open, a WRITE_OFF, and one bad row of each kind. See {@link ResolutionsFeed}.
 */
public final class InboxGenerator {
    static final String AGREEMENTS = """
            party_code,party_name,role,share_percent,effective_from,effective_to
            ALIEXPRESS,AliExpress,MARKETPLACE,,2026-01-01,
            CSL,"China Smart Logistics Co., Ltd.",PARTNER,1.5,2026-01-01,
            SPSR,SPSR Express,PARTNER,3.5,2026-01-01,
            """;

    private InboxGenerator() {
    }

    public record Options(LocalDate firstDate, int days, int ordersPerDay, long seed, boolean anomalies) {
    }

    /**
     * Writes orders_/manifest_/pickups_YYYYMMDD.csv for each date, with anomalies on finance's
     * resolutions_YYYYMMDD.csv on some dates, and agreements.csv into inbox (created if missing).
     */
    public static void generate(Path inbox, Options options) throws IOException {
        generate(inbox, options, planted -> { });
    }

    /** As above; {@code planted} hears of every resolutions row written and what should become of it. */
    static void generate(Path inbox, Options options, Consumer<ResolutionsFeed.Planted> planted) throws IOException {
        if (options.firstDate() == null || options.days() < 0 || options.ordersPerDay() < 0
                || options.ordersPerDay() >= Ids.ORDER_SPACE) {
            throw new IllegalArgumentException("need a first date, days >= 0 and 0 <= orders < 10^9: " + options);
        }
        Files.createDirectories(inbox);
        Files.writeString(inbox.resolve("agreements.csv"), AGREEMENTS, StandardCharsets.UTF_8);
        Setup setup = new Setup(options);
        SpoiledOrders spoiled = new SpoiledOrders(setup);
        DayFiles files = new DayFiles(setup, spoiled);
        ResolutionsFeed resolutions = new ResolutionsFeed(setup, spoiled, planted);
        for (int day = setup.firstDay; day <= setup.lastDay; day++) {
            files.write(inbox, day);
            resolutions.write(inbox, day);
        }
    }
}
