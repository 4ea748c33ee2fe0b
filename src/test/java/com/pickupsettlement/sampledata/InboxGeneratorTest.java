package com.pickupsettlement.sampledata;

import static com.pickupsettlement.sampledata.FeedRows.MOSCOW;
import static com.pickupsettlement.sampledata.FeedRows.PICKUP_TIME;
import static com.pickupsettlement.sampledata.FeedRows.manifestFault;
import static com.pickupsettlement.sampledata.FeedRows.orderFault;
import static com.pickupsettlement.sampledata.FeedRows.parse;
import static com.pickupsettlement.sampledata.FeedRows.pickupFault;
import static com.pickupsettlement.sampledata.FeedRows.rows;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pickupsettlement.sampledata.FeedRows.Rec;
import com.pickupsettlement.support.UnitTest;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator's contract: deterministic bytes, the rulebook's headers and encodings, a trailer
 * that counts records, well-formed rows when anomalies are off, events before their file's
 * cut-off, and planted faults that stay far from the refusal threshold.
 */
@UnitTest
class InboxGeneratorTest {
    private static final LocalDate FIRST = LocalDate.of(2026, 11, 2);
    private static final int DAYS = 4;
    private static final String ORDERS_HEADER =
            "order_id,order_time,buyer_id,seller_id,pickup_point_id,currency,amount,status,updated_at";
    private static final String MANIFEST_HEADER = "manifest_id;tracking_number;order_id;parcel_no;parcel_count;"
            + "dispatched_at;declared_value;currency;weight_kg;destination_point_id;comment";
    private static final String PICKUPS_HEADER = "event_id,tracking_number,point_id,event_type,event_time,operator_id";
    private static final String AGREEMENTS = """
            party_code,party_name,role,share_percent,effective_from,effective_to
            ALIEXPRESS,AliExpress,MARKETPLACE,,2026-01-01,
            CSL,"China Smart Logistics Co., Ltd.",PARTNER,1.5,2026-01-01,
            SPSR,SPSR Express,PARTNER,3.5,2026-01-01,
            """;
    private static final Charset CP1251 = Charset.forName("windows-1251");

    @TempDir
    Path tmp;

    @Test
    void sameSeedGivesByteIdenticalFilesWhateverTheDefaultZoneAndLocale() throws IOException {
        Path a = generate("a", 7, true);
        TimeZone zone = TimeZone.getDefault();
        Locale locale = Locale.getDefault();
        Path b;
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));
            b = generate("b", 7, true);
        } finally {
            TimeZone.setDefault(zone);
            Locale.setDefault(locale);
        }
        List<String> names = names(a);
        assertEquals(3 * DAYS + 2, names.size());
        assertTrue(names.contains("resolutions_20261104.csv"), "the resolutions file is compared too: " + names);
        assertEquals(names, names(b));
        for (String name : names) {
            assertArrayEquals(Files.readAllBytes(a.resolve(name)), Files.readAllBytes(b.resolve(name)), name);
        }
        Path other = generate("c", 8, true);
        assertFalse(Arrays.equals(Files.readAllBytes(a.resolve("orders_20261103.csv")),
                Files.readAllBytes(other.resolve("orders_20261103.csv"))), "another seed, other data");
    }

    @Test
    void headersAreExactlyTheRulebooksAndLinesEndInLf() throws IOException {
        Path inbox = generate("h", 11, true);
        assertEquals(AGREEMENTS, Files.readString(inbox.resolve("agreements.csv")));
        for (int d = 0; d < DAYS; d++) {
            String stamp = stamp(FIRST.plusDays(d));
            assertEquals(ORDERS_HEADER, firstLine(utf8(inbox.resolve("orders_" + stamp + ".csv"))));
            assertEquals(MANIFEST_HEADER, firstLine(cp1251(inbox.resolve("manifest_" + stamp + ".csv"))));
            assertEquals(PICKUPS_HEADER, firstLine(utf8(inbox.resolve("pickups_" + stamp + ".csv"))));
        }
        for (String name : names(inbox)) {
            if (name.startsWith("resolutions_")) {
                continue; // saved as a spreadsheet saves CSV, CRLF on some: see the resolutions tests
            }
            byte[] bytes = Files.readAllBytes(inbox.resolve(name));
            assertEquals('\n', bytes[bytes.length - 1], name + " ends with a newline");
            for (byte b : bytes) {
                assertTrue(b != '\r', name + " has no CR");
            }
        }
    }

    @Test
    void manifestIsStrictWindows1251AndItsTrailerCountsRecords() throws IOException {
        Path inbox = generate("m", 13, true);
        boolean sawQuotedLineBreak = false;
        for (int d = 0; d < DAYS; d++) {
            Path file = inbox.resolve("manifest_" + stamp(FIRST.plusDays(d)) + ".csv");
            String text = cp1251(file);
            List<Rec> recs = parse(text, ';');
            Rec trailer = recs.get(recs.size() - 1);
            assertEquals(List.of("TRAILER", String.valueOf(recs.size() - 2)), trailer.cells(), file.toString());
            assertTrue(text.endsWith("\nTRAILER;" + (recs.size() - 2) + "\n"));
            sawQuotedLineBreak |= recs.stream().anyMatch(r -> r.cells().stream().anyMatch(c -> c.contains("\n")));
        }
        assertTrue(sawQuotedLineBreak, "some comment holds a line break, so records != lines is tested");
    }

    @Test
    void withoutAnomaliesEveryRowIsWellFormed() throws IOException {
        Path inbox = generate("clean", 17, false);
        for (int d = 0; d < DAYS; d++) {
            LocalDate date = FIRST.plusDays(d);
            for (Rec r : rows(utf8(inbox.resolve("orders_" + stamp(date) + ".csv")), ',')) {
                assertNull(orderFault(r.cells()), "orders " + date + " line " + r.line() + ": " + r.cells());
            }
            for (Rec r : rows(cp1251(inbox.resolve("manifest_" + stamp(date) + ".csv")), ';')) {
                assertNull(manifestFault(r.cells()), "manifest " + date + " line " + r.line() + ": " + r.cells());
            }
            for (Rec r : rows(utf8(inbox.resolve("pickups_" + stamp(date) + ".csv")), ',')) {
                assertNull(pickupFault(r.cells(), date), "pickups " + date + " line " + r.line() + ": " + r.cells());
            }
        }
    }

    @Test
    void eventsComeBeforeTheCutOffOfTheirFilesBusinessDate() throws IOException {
        Path clean = generate("cut", 19, false);
        Path noisy = generate("cutNoisy", 19, true);
        for (int d = 0; d < DAYS; d++) {
            LocalDate date = FIRST.plusDays(d);
            OffsetDateTime cutOff = date.plusDays(1).atStartOfDay(MOSCOW).toOffsetDateTime();
            for (Rec r : rows(utf8(clean.resolve("pickups_" + stamp(date) + ".csv")), ',')) {
                OffsetDateTime at = LocalDateTime.parse(r.cells().get(4), PICKUP_TIME).atZone(MOSCOW).toOffsetDateTime();
                assertTrue(at.isBefore(cutOff), date + ": " + r.cells());
            }
            // With anomalies, only the planted "event in the future" rejects may be late, and few of them.
            List<Rec> noisyRows = rows(utf8(noisy.resolve("pickups_" + stamp(date) + ".csv")), ',');
            long future = noisyRows.stream().filter(r -> "event in the future".equals(pickupFault(r.cells(), date))).count();
            assertTrue(future <= Math.max(1, noisyRows.size() / 100), date + ": " + future + " future events");
        }
    }

    @Test
    void withAnomaliesNoFileComesNearTheRefusalThreshold() throws IOException {
        Path inbox = generate("noisy", 23, true);
        int faulty = 0;
        for (int d = 0; d < DAYS; d++) {
            LocalDate date = FIRST.plusDays(d);
            List<Rec> orders = rows(utf8(inbox.resolve("orders_" + stamp(date) + ".csv")), ',');
            List<Rec> manifest = rows(cp1251(inbox.resolve("manifest_" + stamp(date) + ".csv")), ';');
            List<Rec> pickups = rows(utf8(inbox.resolve("pickups_" + stamp(date) + ".csv")), ',');
            int[] bad = {
                (int) orders.stream().filter(r -> orderFault(r.cells()) != null).count(),
                (int) manifest.stream().filter(r -> manifestFault(r.cells()) != null).count(),
                (int) pickups.stream().filter(r -> pickupFault(r.cells(), date) != null).count(),
            };
            int[] size = {orders.size(), manifest.size(), pickups.size()};
            for (int f = 0; f < 3; f++) {
                // Refused when rejected * 100 > rows and rejected > 5; cross-row rejects (conflicts) add
                // a few, so field-level faults must stay well inside.
                assertTrue(bad[f] <= 5 || bad[f] * 200 <= size[f], date + " feed " + f + ": " + bad[f] + "/" + size[f]);
                faulty += bad[f];
            }
        }
        assertTrue(faulty > 0, "anomalies on plants bad rows");
    }

    @Test
    void withoutAnomaliesTheFeedsLineUp() throws IOException {
        Path inbox = generate("lineup", 29, false);
        Set<String> orderIds = new HashSet<>();
        Set<String> trackings = new HashSet<>();
        int events = 0;
        for (int d = 0; d < DAYS; d++) {
            String stamp = stamp(FIRST.plusDays(d));
            rows(utf8(inbox.resolve("orders_" + stamp + ".csv")), ',').forEach(r -> orderIds.add(r.cells().get(0)));
            for (Rec r : rows(cp1251(inbox.resolve("manifest_" + stamp + ".csv")), ';')) {
                assertTrue(orderIds.contains(r.cells().get(2)), "manifested order is known: " + r.cells());
                assertTrue(trackings.add(r.cells().get(1)), "tracking numbers are unique: " + r.cells());
            }
            for (Rec r : rows(utf8(inbox.resolve("pickups_" + stamp + ".csv")), ',')) {
                assertTrue(trackings.contains(r.cells().get(1)), "event of a manifested parcel: " + r.cells());
                events++;
            }
        }
        assertTrue(events > 100, "parcels arrive and are collected from the first day on");
    }

    @Test
    void resolutionsFilesComeOnEveryThirdDateFromTheThirdAndNeverWithoutAnomalies() throws IOException {
        Path noisy = tmp.resolve("every-third");
        InboxGenerator.generate(noisy, new InboxGenerator.Options(FIRST, 10, 120, 31, true));
        assertEquals(List.of("resolutions_20261104.csv", "resolutions_20261107.csv", "resolutions_20261110.csv"),
                names(noisy).stream().filter(n -> n.startsWith("resolutions_")).toList());
        Path clean = tmp.resolve("every-third-clean");
        InboxGenerator.generate(clean, new InboxGenerator.Options(FIRST, 10, 120, 31, false));
        assertEquals(List.of(), names(clean).stream().filter(n -> n.startsWith("resolutions_")).toList());
        assertEquals(3 * 10 + 1, names(clean).size());
    }

    /**
     * Both ways a spreadsheet saves CSV read back (Windows-1251 with ';' and CRLF; UTF-8 with ','
     * and LF, a BOM on some) into exactly the rows the generator meant, each row's planted field
     * fault the first one an independent reading of rulebook 9 finds, and the rows that pass every
     * field check naming real identities in the planted order.
     */
    @Test
    void resolutionsFilesParseInEitherEncodingAndDelimiterIntoThePlantedRows() throws IOException {
        Path inbox = tmp.resolve("resolutions");
        List<ResolutionsFeed.Planted> planted = new ArrayList<>();
        InboxGenerator.generate(inbox, new InboxGenerator.Options(FIRST, 12, 300, 37, true), planted::add);
        Set<String> styles = new HashSet<>();
        Set<String> outcomes = new HashSet<>();
        boolean guarded = false;
        boolean cyrillicAuthor = false;
        for (String name : names(inbox).stream().filter(n -> n.startsWith("resolutions_")).toList()) {
            byte[] bytes = Files.readAllBytes(inbox.resolve(name));
            String text;
            char separator;
            if (isUtf8(bytes)) {
                text = utf8(inbox.resolve(name));
                styles.add(bytes[0] == (byte) 0xEF ? "utf-8 with BOM" : "utf-8");
                separator = ',';
                assertFalse(text.contains("\r"), name + " ends lines in LF");
            } else {
                text = cp1251(inbox.resolve(name));
                styles.add("windows-1251");
                separator = ';';
                assertEquals(text.split("\n", -1).length, text.split("\r\n", -1).length, name + " ends lines in CRLF");
                text = text.replace("\r\n", "\n");
            }
            List<Rec> recs = parse(text, separator);
            assertEquals(List.of("action", "type", "order_id", "tracking_number", "reason", "resolved_by"),
                    recs.get(0).cells(), name);
            String stamp = name.substring("resolutions_".length(), name.length() - 4);
            List<ResolutionsFeed.Planted> meant = planted.stream()
                    .filter(p -> stamp(p.date()).equals(stamp)).toList();
            assertEquals(meant.size(), recs.size() - 1, name + ": one planted row per record");
            for (ResolutionsFeed.Planted p : meant) {
                Rec rec = recs.get(p.line() - 1);
                List<String> cells = rec.cells();
                assertEquals(p.line(), rec.line(), name);
                String fault = FeedRows.resolutionFault(cells);
                boolean fieldFault = !Set.of("accepted", "duplicate", "not open", "conflicting resolution")
                        .contains(p.outcome());
                assertEquals(fieldFault ? p.outcome() : null, fault, name + " line " + p.line() + ": " + cells);
                assertEquals(p.action(), cells.get(0));
                assertEquals(p.orderId(), ResolutionsFeed.unguarded(cells.get(2)));
                outcomes.add(p.outcome());
                guarded |= cells.stream().anyMatch(c -> c.startsWith("'="));
                cyrillicAuthor |= cells.size() == 6 && cells.get(5).matches(".*[А-Яа-я].*") && fault == null;
            }
        }
        assertEquals(Set.of("windows-1251", "utf-8 with BOM", "utf-8"), styles);
        assertEquals(11, outcomes.size(), "accepted, duplicate and every reject reason: " + outcomes);
        assertTrue(guarded, "some cell carries the \"'\" our outputs put before a formula");
        assertTrue(cyrillicAuthor, "finance signs in Cyrillic");
        assertTrue(planted.stream().anyMatch(ResolutionsFeed.Planted::settlesTonight),
                "some released order is meant to settle that night");
    }

    // ---- helpers

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private Path generate(String name, long seed, boolean anomalies) throws IOException {
        Path inbox = tmp.resolve(name);
        InboxGenerator.generate(inbox, new InboxGenerator.Options(FIRST, DAYS, 120, seed, anomalies));
        return inbox;
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String stamp(LocalDate date) {
        return date.format(DateTimeFormatter.BASIC_ISO_DATE);
    }

    private static String utf8(Path file) throws IOException {
        String text = decode(file, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String cp1251(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        for (byte b : bytes) {
            assertTrue((b & 0xFF) != 0x98, "0x98 is undecodable in Windows-1251");
        }
        return decode(file, CP1251);
    }

    private static String decode(Path file, Charset charset) throws IOException {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError(file + " is not valid " + charset, e);
        }
    }

    private static String firstLine(String text) {
        return text.substring(0, text.indexOf('\n'));
    }
}
