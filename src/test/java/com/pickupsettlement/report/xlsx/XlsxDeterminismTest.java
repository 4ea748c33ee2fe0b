package com.pickupsettlement.report.xlsx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pickupsettlement.support.UnitTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import java.util.TimeZone;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rulebook 11: the same calls give a byte-identical workbook, whenever and wherever they run. */
@UnitTest
class XlsxDeterminismTest {
    private static final LocalDateTime FIXED = LocalDateTime.of(2026, 11, 6, 0, 0);

    @TempDir
    Path dir;

    private static void write(Path file) throws IOException {
        try (XlsxWorkbook book = XlsxWorkbook.create(file, FIXED, 3)) {
            XlsxSheet sheet = book.sheet("SPSR", List.of(new XlsxColumn("order_id", CellKind.TEXT),
                    new XlsxColumn("collected_at", CellKind.DATE_TIME), new XlsxColumn("share_amount", CellKind.AMOUNT),
                    new XlsxColumn("share_percent", CellKind.PERCENT), new XlsxColumn("day", CellKind.DATE),
                    new XlsxColumn("line_number", CellKind.INTEGER)));
            for (int i = 0; i < 5; i++) {
                sheet.row("812074800485337" + i, LocalDateTime.of(2026, 11, 5, 12, 0, i),
                        new Money(new BigDecimal("61.7" + i), 2), new BigDecimal("5.0000"), LocalDate.of(2026, 11, 2), i);
            }
            sheet.endData();
            sheet.row();
            sheet.row("total");
            book.sheet("Rejects", List.of(new XlsxColumn("raw_line", CellKind.TEXT))).row("\u0000".repeat(40_000));
        }
    }

    @Test
    void writingAgainLaterInAnotherTimeZoneGivesTheSameBytes() throws Exception {
        Path first = dir.resolve("first.xlsx");
        Path second = dir.resolve("second.xlsx");
        write(first);
        // Zip entry times have a resolution of 2 seconds and are kept in local time.
        Thread.sleep(2_100);
        TimeZone zone = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Shanghai"));
            write(second);
        } finally {
            TimeZone.setDefault(zone);
        }
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    }

    @Test
    void theDocumentCarriesTheFixedTimeAndCreatorAndNoClock() throws Exception {
        Path file = dir.resolve("props.xlsx");
        write(file);
        String core = XlsxParts.part(file, "docProps/core.xml");
        // 2026-11-06 00:00 in Moscow.
        assertTrue(core.contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2026-11-05T21:00:00Z</dcterms:created>"), core);
        assertTrue(core.contains("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2026-11-05T21:00:00Z</dcterms:modified>"), core);
        assertTrue(core.contains("<dc:creator>pickup-settlement</dc:creator>"), core);
        // POI's ZIP64 writer stores no entry time at all (zero); a POI that did would fail here first.
        try (ZipFile zip = new ZipFile(file.toFile())) {
            assertEquals(Collections.nCopies(zip.size(), 0), XlsxParts.entryTimes(file));
        }
    }
}
