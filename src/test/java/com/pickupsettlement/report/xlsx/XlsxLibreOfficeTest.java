package com.pickupsettlement.report.xlsx;

import static com.pickupsettlement.report.xlsx.CellKind.AMOUNT;
import static com.pickupsettlement.report.xlsx.CellKind.DATE;
import static com.pickupsettlement.report.xlsx.CellKind.DATE_TIME;
import static com.pickupsettlement.report.xlsx.CellKind.INTEGER;
import static com.pickupsettlement.report.xlsx.CellKind.PERCENT;
import static com.pickupsettlement.report.xlsx.CellKind.TEXT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pickupsettlement.report.xlsx.LibreOfficeWorkbook.Cell;
import com.pickupsettlement.report.xlsx.LibreOfficeWorkbook.Sheet;
import com.pickupsettlement.support.UnitTest;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rulebook 11's workbook as finance sees it: written here, opened in LibreOffice (headless) and
 * read back. The JVM runs in the build's test zone (UTC by default), so Moscow wall-clock values
 * that came back shifted would show.
 */
@UnitTest
class XlsxLibreOfficeTest {
    private static final LocalDateTime FIXED = LocalDateTime.of(2026, 11, 6, 0, 0);
    private static final List<XlsxColumn> SUMMARY = List.of(text("party_code"), text("currency"),
            new XlsxColumn("share_lines", INTEGER), new XlsxColumn("reversal_lines", INTEGER),
            new XlsxColumn("revenue_total", AMOUNT), new XlsxColumn("share_total", AMOUNT));
    private static final List<XlsxColumn> SETTLEMENT = List.of(text("line_type"), text("order_id"),
            text("tracking_numbers"), text("pickup_point_id"), new XlsxColumn("collected_at", DATE_TIME),
            text("currency"), new XlsxColumn("revenue_amount", AMOUNT), new XlsxColumn("share_percent", PERCENT),
            new XlsxColumn("share_amount", AMOUNT), new XlsxColumn("original_settlement_date", DATE));
    private static final List<XlsxColumn> REJECTS = List.of(text("feed"), text("file"),
            new XlsxColumn("line_number", INTEGER), text("reason"), text("raw_line"));
    private static final List<XlsxColumn> COUNTED = List.of(text("id"), new XlsxColumn("count", INTEGER));
    private static final String LONG_PARTY = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcd";
    /** A rejected line from a hostile feed: NUL, escape-looking text, tab, lone CR, formula-looking start. */
    private static final String HOSTILE = "=cmd|'/c calc'!A0;\u0000;_x000D_;a\tb;c\rd;\u001B[31m";
    private static final String HUGE = "\u0000" + "z".repeat(65_535);

    @TempDir
    static Path work;
    private static Map<String, List<Sheet>> books;

    private static XlsxColumn text(String header) {
        return new XlsxColumn(header, TEXT);
    }

    private static Money money(String amount, int minorDigits) {
        return new Money(new BigDecimal(amount), minorDigits);
    }

    @BeforeAll
    static void writeAndOpen() throws Exception {
        Path edition = work.resolve("settlement_20261105.xlsx");
        try (XlsxWorkbook book = XlsxWorkbook.create(edition, FIXED)) {
            XlsxSheet summary = book.sheet("Summary", SUMMARY);
            summary.row("SPSR", "RUB", 2L, 0L, money("1234.56", 2), money("7", 2));
            summary.row("SPSR", "JPY", 1, 0, money("1500", 0), money("75", 0));
            summary.row("SPSR", "KWD", 1L, 1L, money("-12.345", 3), money("0.000", 3));
            summary.endData();
            summary.row();
            summary.row("total", "", 4L, 1L);
            XlsxSheet spsr = book.sheet("SPSR", SETTLEMENT);
            spsr.row("SHARE", "8120748004853377", "RR123456789CN|RR123456790CN", "MSK-001",
                    LocalDateTime.of(2026, 11, 5, 23, 59, 59, 999_000_000), "RUB", money("1234.56", 2),
                    new BigDecimal("5.0000"), money("61.73", 2), null);
            spsr.row("REVERSAL", "0000000000000042", "00123456", "MSK-002", LocalDateTime.of(2026, 11, 5, 0, 0),
                    "KWD", money("-12.345", 3), new BigDecimal("33.3333"), money("-4.115", 3),
                    LocalDate.of(2026, 11, 2));
            book.sheet(LONG_PARTY, SETTLEMENT);
            book.sheet(LONG_PARTY.toLowerCase(), SETTLEMENT);
            book.sheet("Exceptions", List.of(text("type"), text("order_id"), new XlsxColumn("first_seen", DATE)))
                    .row("VALUE_MISMATCH", "8120748004853377", LocalDate.of(2026, 11, 1));
            XlsxSheet rejects = book.sheet("Rejects", REJECTS);
            rejects.row("orders", "orders_20261105.csv", 7L, "bad format (order_id)", HOSTILE);
            rejects.row("pickups", "pickups_20261105.csv", 9L, "wrong column count", HUGE);
            book.sheet("Resolutions", List.of(text("action"), text("order_id")));
            book.sheet("SUMMARY", COUNTED).row("x", 1L);
        }

        Path continued = work.resolve("continued.xlsx");
        try (XlsxWorkbook book = XlsxWorkbook.create(continued, FIXED, 4)) {
            XlsxSheet exceptions = book.sheet("Exceptions", COUNTED);
            for (long i = 1; i <= 7; i++) {
                exceptions.row("e" + i, i);
            }
            exceptions.endData();
            exceptions.row();
            exceptions.row("total", 28L);
            XlsxSheet totals = book.sheet("Totals", COUNTED);
            for (long i = 1; i <= 3; i++) {
                totals.row("t" + i, i);
            }
            totals.endData();
            totals.row();
            totals.row("total", 6L);
            book.sheet("Rejects", COUNTED).row("r1", 1L);
        }

        Path limits = work.resolve("limits.xlsx");
        try (XlsxWorkbook book = XlsxWorkbook.create(limits, FIXED)) {
            book.sheet("Limits", List.of(new XlsxColumn("amount", AMOUNT), new XlsxColumn("count", INTEGER),
                    new XlsxColumn("day", DATE), new XlsxColumn("at", DATE_TIME))).row(
                    money("12345678901234567.89", 2), 1_000_000_000_000_000L, LocalDate.of(1899, 12, 31),
                    LocalDateTime.of(1900, 2, 28, 12, 0, 1));
        }
        books = LibreOfficeWorkbook.open(work, List.of(edition, continued, limits)).entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().getFileName().toString(), Map.Entry::getValue));
    }

    private static List<Sheet> book(String file) {
        return books.get(file);
    }

    private static Sheet sheet(String file, String name) {
        return book(file).stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private static void assertCell(String type, String value, String text, Cell cell) {
        assertEquals(new Cell(type, value, text, false), cell);
    }

    @Test
    void sheetsComeInOrderCutTo31CharactersAndNumberedWhenTheyRepeatIgnoringCase() {
        assertEquals(List.of("Summary", "SPSR", "ABCDEFGHIJKLMNOPQRSTUVWXYZ01234", "abcdefghijklmnopqrstuvwxyz0 (2)",
                "Exceptions", "Rejects", "Resolutions", "SUMMARY (2)"),
                book("settlement_20261105.xlsx").stream().map(Sheet::name).toList());
    }

    @Test
    void identifiersAndCodesAreTextCellsHoldingEveryDigit() {
        Sheet spsr = sheet("settlement_20261105.xlsx", "SPSR");
        assertCell("string", "8120748004853377", "8120748004853377", spsr.cell(1, 1));
        assertCell("string", "0000000000000042", "0000000000000042", spsr.cell(2, 1));
        assertCell("string", "00123456", "00123456", spsr.cell(2, 2));
        assertCell("string", "RR123456789CN|RR123456790CN", "RR123456789CN|RR123456790CN", spsr.cell(1, 2));
        assertCell("string", "8120748004853377", "8120748004853377",
                sheet("settlement_20261105.xlsx", "Exceptions").cell(1, 1));
    }

    @Test
    void amountsAreNumbersShownWithTheirCurrencysMinorDigits() {
        Sheet summary = sheet("settlement_20261105.xlsx", "Summary");
        assertCell("float", "1234.56", "1234.56", summary.cell(1, 4));
        assertCell("float", "7", "7.00", summary.cell(1, 5));
        assertCell("float", "1500", "1500", summary.cell(2, 4));
        assertCell("float", "75", "75", summary.cell(2, 5));
        assertCell("float", "-12.345", "-12.345", summary.cell(3, 4));
        assertCell("float", "0", "0.000", summary.cell(3, 5));
        Sheet spsr = sheet("settlement_20261105.xlsx", "SPSR");
        assertCell("float", "61.73", "61.73", spsr.cell(1, 8));
        assertCell("float", "-4.115", "-4.115", spsr.cell(2, 8));
    }

    @Test
    void countsArePlainNumbers() {
        Sheet summary = sheet("settlement_20261105.xlsx", "Summary");
        assertCell("float", "2", "2", summary.cell(1, 2));
        assertCell("float", "1", "1", summary.cell(2, 2));
        assertCell("float", "4", "4", summary.cell(5, 2));
    }

    @Test
    void percentagesAreNumbersWithFourDecimals() {
        Sheet spsr = sheet("settlement_20261105.xlsx", "SPSR");
        assertCell("float", "5", "5.0000", spsr.cell(1, 7));
        assertCell("float", "33.3333", "33.3333", spsr.cell(2, 7));
    }

    @Test
    void datesAndTimesAreDateCellsHoldingTheMoscowWallClockToTheSecond() {
        Sheet spsr = sheet("settlement_20261105.xlsx", "SPSR");
        assertCell("date", "2026-11-05T23:59:59", "2026-11-05 23:59:59", spsr.cell(1, 4));
        // LibreOffice reports a date-time at midnight by its date alone; the cell still shows the time.
        assertCell("date", "2026-11-05", "2026-11-05 00:00:00", spsr.cell(2, 4));
        assertCell("date", "2026-11-02", "2026-11-02", spsr.cell(2, 9));
        assertEquals(Cell.EMPTY, spsr.cell(1, 9));
    }

    @Test
    void theHeaderRowIsBold() {
        for (Sheet sheet : book("settlement_20261105.xlsx")) {
            assertTrue(sheet.rows().get(0).stream().allMatch(Cell::bold), sheet.name() + " header not bold");
            assertTrue(sheet.rows().stream().skip(1).flatMap(List::stream).noneMatch(Cell::bold), sheet.name());
        }
    }

    @Test
    void theFilterCoversTheHeaderAndTheDataRowsOnly() {
        assertEquals("A1:F4", sheet("settlement_20261105.xlsx", "Summary").filterRange());
        assertEquals("A1:J3", sheet("settlement_20261105.xlsx", "SPSR").filterRange());
        assertEquals("A1:J1", sheet("settlement_20261105.xlsx", "ABCDEFGHIJKLMNOPQRSTUVWXYZ01234").filterRange());
        assertEquals("A1:B1", sheet("settlement_20261105.xlsx", "Resolutions").filterRange());
    }

    @Test
    void theTotalsBlockFollowsOneBlankRowOutsideTheFilter() {
        Sheet summary = sheet("settlement_20261105.xlsx", "Summary");
        assertEquals(6, summary.rows().size());
        assertEquals(List.of(), summary.rows().get(4));
        assertCell("string", "total", "total", summary.cell(5, 0));
        assertEquals(Cell.EMPTY, summary.cell(5, 1));
    }

    @Test
    void theHeaderRowIsFrozenOnEverySheet() throws Exception {
        Path edition = work.resolve("settlement_20261105.xlsx");
        for (int i = 1; i <= book("settlement_20261105.xlsx").size(); i++) {
            String xml = XlsxParts.part(edition, "xl/worksheets/sheet" + i + ".xml");
            assertTrue(xml.contains("<pane ySplit=\"1.0\" state=\"frozen\" topLeftCell=\"A2\""), "sheet " + i);
        }
    }

    @Test
    void columnsAreSizedFromTheirLongestValueAndCapped() throws Exception {
        String spsr = XlsxParts.part(work.resolve("settlement_20261105.xlsx"), "xl/worksheets/sheet2.xml");
        // The width is the longest shown text plus one; a header counts two more for its filter button.
        assertTrue(spsr.contains("<col min=\"2\" max=\"2\" width=\"17.0\""), spsr);
        assertTrue(spsr.contains("<col min=\"3\" max=\"3\" width=\"28.0\""), spsr);
        assertTrue(spsr.contains("<col min=\"5\" max=\"5\" width=\"20.0\""), spsr);
        assertTrue(spsr.contains("<col min=\"10\" max=\"10\" width=\"27.0\""), spsr);
        String rejects = XlsxParts.part(work.resolve("settlement_20261105.xlsx"), "xl/worksheets/sheet6.xml");
        assertTrue(rejects.contains("<col min=\"5\" max=\"5\" width=\"61.0\""), rejects);
    }

    @Test
    void aSheetPastTheRowLimitContinuesOnTheNextSheetWithTheSameHeader() {
        List<Sheet> sheets = book("continued.xlsx");
        assertEquals(List.of("Exceptions", "Exceptions (2)", "Exceptions (3)", "Totals", "Totals (2)", "Rejects"),
                sheets.stream().map(Sheet::name).toList());
        for (Sheet sheet : sheets) {
            assertEquals(List.of("id", "count"), sheet.rows().get(0).stream().map(Cell::text).toList(), sheet.name());
            assertTrue(sheet.rows().size() <= 4, sheet.name());
        }
        List<String> ids = sheets.subList(0, 3).stream()
                .flatMap(s -> s.rows().stream().skip(1).filter(r -> !r.isEmpty()).map(r -> r.get(0).text())).toList();
        assertEquals(List.of("e1", "e2", "e3", "e4", "e5", "e6", "e7", "total"), ids);
        assertEquals(List.of("A1:B4", "A1:B4", "A1:B2", "A1:B4", "A1:B1", "A1:B2"),
                sheets.stream().map(Sheet::filterRange).toList());
        Sheet totalsContinued = sheets.get(4);
        assertEquals(List.of(), totalsContinued.rows().get(1));
        assertCell("float", "6", "6", totalsContinued.cell(2, 1));
    }

    @Test
    void controlCharactersShowAsTheirPicturesAndTheRestOfAHostileLineIsKept() {
        Cell raw = sheet("settlement_20261105.xlsx", "Rejects").cell(1, 4);
        assertEquals("string", raw.type());
        assertEquals("=cmd|'/c calc'!A0;\u2400;_x000D_;a\tb;c\rd;\u241B[31m", raw.text());
    }

    @Test
    void textLongerThanACellHoldsIsCutWithAMarkerGivingItsLength() {
        Cell raw = sheet("settlement_20261105.xlsx", "Rejects").cell(2, 4);
        String marker = " … [cut, 65536 characters in all]";
        assertEquals("\u2400" + "z".repeat(CellText.MAX_LENGTH - marker.length() - 1) + marker, raw.text());
    }

    @Test
    void valuesTheFormatCannotHoldExactlyAreTextHoldingTheExactValue() {
        List<Cell> row = sheet("limits.xlsx", "Limits").rows().get(1);
        assertEquals(List.of(new Cell("string", "12345678901234567.89", "12345678901234567.89", false),
                new Cell("string", "1000000000000000", "1000000000000000", false),
                new Cell("string", "1899-12-31", "1899-12-31", false),
                new Cell("string", "1900-02-28 12:00:01", "1900-02-28 12:00:01", false)), row);
    }
}
