package com.pickupsettlement.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.pickupsettlement.config.SettlementProperties.FeedFormat;
import com.pickupsettlement.domain.BusinessDate;
import com.pickupsettlement.support.UnitTest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Truncated and hostile files (issue "Fault tolerance", items 4 and 5): every case ends with
 * each record rejected or accepted by the rules, or the whole file refused - never an unchecked
 * exception, never a silently cut value, and never an unbounded record in memory.
 */
@UnitTest
class HostileInputTest {
    private static final Charset CP1251 = Charset.forName("windows-1251");
    private static final BusinessDate DATE = BusinessDate.parse("2026-11-02");
    private static final Path CONFORMANCE = Path.of("src/test/resources/conformance/inbox");

    @TempDir
    Path dir;

    /** What became of a file: its rows, or the refusal. */
    record Outcome(List<StagedRow> rows, FeedRefusedException refused) {
    }

    private Outcome read(byte[] content, FeedRowParser parser, Charset charset, boolean trailer) throws Exception {
        Path file = dir.resolve(parser.feed().fileName(DATE));
        Files.write(file, content);
        FeedItemReader reader = new FeedItemReader(file, parser, new FeedFormat(charset, parser.delimiter()), 65536,
                DATE, trailer);
        List<StagedRow> rows = new ArrayList<>();
        try {
            reader.open(new ExecutionContext());
            for (StagedRow r = reader.read(); r != null; r = reader.read()) {
                rows.add(r);
            }
            return new Outcome(rows, null);
        } catch (FeedRefusedException e) {
            return new Outcome(rows, e);
        } finally {
            reader.close();
        }
    }

    @Test
    void manifestCutAtEveryOneOfItsLast200Bytes_IsRefusedWholeForItsTrailer() throws Exception {
        byte[] manifest = Files.readAllBytes(CONFORMANCE.resolve("manifest_20261102.csv"));
        Outcome whole = read(manifest, new ManifestRowParser(';'), CP1251, true);
        assertEquals(null, whole.refused());
        int contentEnd = manifest.length;
        while (manifest[contentEnd - 1] == '\n' || manifest[contentEnd - 1] == '\r') {
            contentEnd--;
        }
        for (int cut = manifest.length - 200; cut < contentEnd; cut++) {
            Outcome o = read(Arrays.copyOf(manifest, cut), new ManifestRowParser(';'), CP1251, true);
            assertNotNull(o.refused(), "manifest cut at byte " + cut + " was not refused");
            assertTrue(o.refused().getMessage().contains("trailer"), o.refused().getMessage());
        }
        // Cutting only the final line break leaves a complete file.
        assertEquals(null, read(Arrays.copyOf(manifest, contentEnd), new ManifestRowParser(';'), CP1251, true).refused());
    }

    @Test
    void pickupsCutInsideAQuotedField_RejectsTheBrokenRowInsteadOfLoadingAFragment() throws Exception {
        String text = PickupRowParser.COLUMNS.stream().reduce((a, b) -> a + "," + b).orElseThrow() + "\n"
                + "E1,SP0000000001RU,MSK-01,ARRIVED,2026-11-02 10:00:00,\"operator, first shift\"\n"
                + "E2,SP0000000002RU,MSK-01,ARRIVED,2026-11-02 11:00:00,\"operator, sec";
        Outcome o = read(text.getBytes(StandardCharsets.UTF_8), new PickupRowParser(','), StandardCharsets.UTF_8, false);
        assertEquals(null, o.refused());
        assertEquals(2, o.rows().size());
        assertEquals(null, o.rows().get(0).rejectReason());
        assertEquals("bad format (operator_id)", o.rows().get(1).rejectReason());
    }

    @Test
    void tenMegabyteField_RefusesTheFileWithoutHoldingIt() throws Exception {
        StringBuilder sb = new StringBuilder("event_id,tracking_number,point_id,event_type,event_time,operator_id\n");
        sb.append("E1,SP0000000001RU,MSK-01,ARRIVED,2026-11-02 10:00:00,\"");
        sb.append("x".repeat(10 * 1024 * 1024)).append("\"\n");
        Outcome o = read(sb.toString().getBytes(StandardCharsets.UTF_8), new PickupRowParser(','), StandardCharsets.UTF_8, false);
        assertNotNull(o.refused());
        assertTrue(o.refused().getMessage().contains("line 2"), o.refused().getMessage());
    }

    @Test
    void randomHostileFiles_EndInRejectsOrRefusals_NeverInACrash() throws Exception {
        SplittableRandom random = new SplittableRandom(20261127);
        String header = "event_id,tracking_number,point_id,event_type,event_time,operator_id\n";
        String good = "E%d,SP%010dRU,MSK-01,ARRIVED,2026-11-02 10:00:00,op\n";
        String[] nasty = {"\"", "\"\"", ",", "\r", "\n", "\r\n", "\0", "\uFEFF", "=1+2", "+", "-", "@", "\t", "Ж", "😀",
                "2026-11-03 00:00:00", "ARRIVED", "MSK-01", "\\", "'"};
        for (int file = 0; file < 300; file++) {
            StringBuilder sb = new StringBuilder(header);
            int rows = 1 + random.nextInt(20);
            for (int i = 0; i < rows; i++) {
                String row = String.format(good, i, i);
                StringBuilder mutated = new StringBuilder(row);
                for (int k = random.nextInt(4); k > 0; k--) {
                    mutated.insert(random.nextInt(mutated.length()), nasty[random.nextInt(nasty.length)]);
                }
                sb.append(mutated);
            }
            byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
            if (file % 10 == 0) {
                bytes[header.length() + random.nextInt(bytes.length - header.length())] = (byte) (0x80 + random.nextInt(64));
            }
            Outcome o;
            try {
                o = read(bytes, new PickupRowParser(','), StandardCharsets.UTF_8, false);
            } catch (RuntimeException e) {
                fail("file " + file + " crashed the reader: " + e, e);
                return;
            }
            for (StagedRow row : o.rows()) {
                if (row.rejectReason() == null) {
                    // An accepted row is a pickup row with a well-formed tracking number.
                    String tracking = ((PickupRow) row.typed()).trackingNumber();
                    assertTrue(tracking.matches("[A-Z0-9]{8,20}"), tracking);
                }
            }
        }
    }

    @Test
    void randomBytes_AreRefusedOrRejected() throws Exception {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200; i++) {
            byte[] bytes = new byte[random.nextInt(2000)];
            for (int k = 0; k < bytes.length; k++) {
                bytes[k] = (byte) random.nextInt(256);
            }
            Outcome o = read(bytes, new OrderRowParser(','), StandardCharsets.UTF_8, false);
            assertNotNull(o.refused(), "random bytes without the header must be refused");
        }
    }

    @Test
    void bomInTheMiddleAndMixedLineEnds_AreDataNotStructure() throws Exception {
        String text = "\uFEFF" + String.join(",", OrderRowParser.COLUMNS) + "\r\n"
                + "8100000000000001,2026-11-01T10:00:00+03:00,U1,S1,MSK-01,RUB,100.00,PAID,2026-11-01T10:00:00+03:00\n"
                + "8100000000000002,2026-11-01T10:00:00+03:00,U1,\uFEFFS1,MSK-01,RUB,100.00,PAID,2026-11-01T10:00:00+03:00\r\n"
                + "8100000000000003,2026-11-01T10:00:00+03:00,U1,S1,MSK-01,RUB,100.00,PAID\r,2026-11-01T10:00:00+03:00\n";
        Outcome o = read(text.getBytes(StandardCharsets.UTF_8), new OrderRowParser(','), StandardCharsets.UTF_8, false);
        assertEquals(null, o.refused());
        assertEquals(3, o.rows().size());
        assertEquals(null, o.rows().get(0).rejectReason());
        assertEquals(null, o.rows().get(1).rejectReason(), "a BOM inside a cell is just a character of a free id");
        assertEquals("unknown code", o.rows().get(2).rejectReason());
    }
}
