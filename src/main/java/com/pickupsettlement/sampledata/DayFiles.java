package com.pickupsettlement.sampledata;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes one business date's three feeds. The first date also carries the go-live backlog: its
 * files are written as a sequence of per-day chunks, oldest first, so they come out in time order
 * while only one day is ever held in memory.
 */
final class DayFiles {
    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private static final int ORDERS = 0;
    private static final int MANIFEST = 1;
    private static final int PICKUPS = 2;

    private final Setup setup;
    private final DayScan scan;
    private final OrdersFeed orders;
    private final ManifestFeed manifest;
    private final PickupsFeed pickups;
    private final SpoiledOrders spoiled;

    DayFiles(Setup setup, SpoiledOrders spoiled) {
        this.setup = setup;
        this.spoiled = spoiled;
        this.scan = new DayScan(setup);
        this.orders = new OrdersFeed(setup);
        this.manifest = new ManifestFeed(setup);
        this.pickups = new PickupsFeed(setup);
    }

    void write(Path inbox, int day) throws IOException {
        StringBuilder stamp = new StringBuilder();
        Fmt.yyyymmdd(stamp, day);
        try (Writer ordersOut = open(inbox.resolve("orders_" + stamp + ".csv"), StandardCharsets.UTF_8);
             Writer manifestOut = open(inbox.resolve("manifest_" + stamp + ".csv"), WINDOWS_1251);
             Writer pickupsOut = open(inbox.resolve("pickups_" + stamp + ".csv"), StandardCharsets.UTF_8)) {
            header(ordersOut, day, ORDERS, OrdersFeed.HEADER);
            manifest.begin(manifestOut);
            header(pickupsOut, day, PICKUPS, PickupsFeed.HEADER);
            BadRows ordersBad = new BadRows(setup, day, ORDERS, OrdersFeed.REASONS, spoiled);
            BadRows manifestBad = new BadRows(setup, day, MANIFEST, ManifestFeed.REASONS, spoiled);
            BadRows pickupsBad = new BadRows(setup, day, PICKUPS, PickupsFeed.REASONS, spoiled);
            int from = day == setup.firstDay ? setup.firstPlaceDay() : day;
            for (int chunk = from; chunk <= day; chunk++) {
                scan.scan(chunk);
                orders.writeChunk(ordersOut, chunk, scan.orders, ordersBad);
                manifest.writeChunk(manifestOut, chunk, scan.manifest, manifestBad);
                pickups.writeChunk(pickupsOut, day, chunk, scan.events, pickupsBad);
            }
            manifest.end(manifestOut);
        }
    }

    /** A UTF-8 BOM is tolerated (rulebook 8), so with anomalies some UTF-8 files start with one. */
    private void header(Writer out, int day, int feed, String header) throws IOException {
        if (setup.anomalies && Hash.below(Hash.of(setup.seed, 13, day, feed), 12) == 0) {
            out.write('\uFEFF');
        }
        out.write(header + "\n");
    }

    /** Strict encoding: a character Windows-1251 cannot hold is a bug here, not a '?' in the file. */
    static Writer open(Path path, Charset charset) throws IOException {
        CharsetEncoder encoder = charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(path), encoder), 1 << 16);
    }
}
