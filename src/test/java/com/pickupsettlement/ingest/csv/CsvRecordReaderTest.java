package com.pickupsettlement.ingest.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pickupsettlement.support.UnitTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rulebook 8 (Reading): record splitting, line numbers, raw text, quoting and strict decoding. */
@UnitTest
class CsvRecordReaderTest {
    private static final Charset CP1251 = Charset.forName("windows-1251");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static List<CsvRecord> readAll(byte[] bytes, Charset charset, char delimiter, int max) throws IOException {
        return readAll(new ByteArrayInputStream(bytes), charset, delimiter, max);
    }

    private static List<CsvRecord> readAll(InputStream in, Charset charset, char delimiter, int max) throws IOException {
        List<CsvRecord> records = new ArrayList<>();
        try (CsvRecordReader reader = new CsvRecordReader(in, charset, delimiter, max)) {
            for (CsvRecord r = reader.next(); r != null; r = reader.next()) {
                records.add(r);
            }
            assertNull(reader.next(), "the end of input stays the end");
        }
        return records;
    }

    private static List<CsvRecord> utf8(String text, char delimiter) throws IOException {
        return readAll(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, delimiter, 65536);
    }

    private static List<CsvRecord> utf8(String text) throws IOException {
        return utf8(text, ',');
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    /** Hands out one byte per read, so every multi-byte character is split across reads. */
    private static InputStream trickle(byte[] bytes) {
        return new FilterInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, 1));
            }
        };
    }

    @Test
    void lfRecordsCarryTheirOneBasedStartLineAndRawTextWithoutTheLineBreak() throws IOException {
        List<CsvRecord> records = utf8("h1,h2\na,b\nc,d\n");
        assertEquals(3, records.size());
        assertEquals(1, records.get(0).lineNumber());
        assertEquals("h1,h2", records.get(0).raw());
        assertEquals(List.of("h1", "h2"), records.get(0).cells());
        assertEquals(2, records.get(1).lineNumber());
        assertEquals("a,b", records.get(1).raw());
        assertEquals(List.of("a", "b"), records.get(1).cells());
        assertEquals(3, records.get(2).lineNumber());
        assertEquals("c,d", records.get(2).raw());
        assertFalse(records.get(2).unterminatedQuote());
        assertEquals(-1, records.get(2).unterminatedCell());
    }

    @Test
    void crlfEndsARecordAndTheCrBelongsToTheLineBreak() throws IOException {
        List<CsvRecord> records = utf8("h1,h2\r\na,b\r\nc,\r\n");
        assertEquals(3, records.size());
        assertEquals("h1,h2", records.get(0).raw());
        assertEquals("a,b", records.get(1).raw());
        assertEquals(List.of("a", "b"), records.get(1).cells());
        assertEquals(2, records.get(1).lineNumber());
        assertEquals("c,", records.get(2).raw());
        assertEquals(List.of("c", ""), records.get(2).cells(), "the empty last cell does not keep the CR");
        assertEquals(3, records.get(2).lineNumber());
    }

    @Test
    void crlfAfterAClosingQuoteEndsTheRecord() throws IOException {
        List<CsvRecord> records = utf8("a,\"b\"\r\nnext\r\n");
        assertEquals(2, records.size());
        assertEquals("a,\"b\"", records.get(0).raw());
        assertEquals(List.of("a", "b"), records.get(0).cells());
        assertEquals(2, records.get(1).lineNumber());
    }

    @Test
    void mixedLfAndCrlfInOneFile() throws IOException {
        List<CsvRecord> records = utf8("a\r\nb\nc\r\nd");
        assertEquals(List.of("a", "b", "c", "d"), records.stream().map(CsvRecord::raw).toList());
        assertEquals(List.of(1L, 2L, 3L, 4L), records.stream().map(CsvRecord::lineNumber).toList());
    }

    @Test
    void loneCrIsDataNotALineBreak() throws IOException {
        List<CsvRecord> records = utf8("a\rb,c\nd,e\n");
        assertEquals(2, records.size());
        assertEquals("a\rb,c", records.get(0).raw());
        assertEquals(List.of("a\rb", "c"), records.get(0).cells());
        assertEquals(2, records.get(1).lineNumber(), "a lone CR does not count as a line");
    }

    @Test
    void crAtTheVeryEndWithoutLfIsData() throws IOException {
        List<CsvRecord> records = utf8("a,b\r");
        assertEquals(1, records.size());
        assertEquals("a,b\r", records.get(0).raw());
        assertEquals(List.of("a", "b\r"), records.get(0).cells());
    }

    @Test
    void emptyLinesAreSkippedButCounted() throws IOException {
        List<CsvRecord> records = utf8("h\n\n\r\nx,1\n\n\ny,2");
        assertEquals(3, records.size());
        assertEquals(1, records.get(0).lineNumber());
        assertEquals("x,1", records.get(1).raw());
        assertEquals(4, records.get(1).lineNumber());
        assertEquals("y,2", records.get(2).raw());
        assertEquals(7, records.get(2).lineNumber());
    }

    @Test
    void lastRecordWithoutFinalLineBreakIsRead() throws IOException {
        List<CsvRecord> records = utf8("h\nlast,one");
        assertEquals(2, records.size());
        assertEquals("last,one", records.get(1).raw());
        assertEquals(List.of("last", "one"), records.get(1).cells());
        assertFalse(records.get(1).unterminatedQuote());
    }

    @Test
    void emptyInputHasNoRecords() throws IOException {
        assertTrue(utf8("").isEmpty());
        assertTrue(utf8("\n\r\n\n").isEmpty());
    }

    @Test
    void quotedCellsMayHoldTheDelimiterAndTheOtherSeparator() throws IOException {
        List<CsvRecord> semicolon = utf8("\"a;b\";\"c,d\";e\n", ';');
        assertEquals(List.of("a;b", "c,d", "e"), semicolon.get(0).cells());
        assertEquals("\"a;b\";\"c,d\";e", semicolon.get(0).raw());

        List<CsvRecord> comma = utf8("\"a;b\",\"c,d\",e\n", ',');
        assertEquals(List.of("a;b", "c,d", "e"), comma.get(0).cells());

        List<CsvRecord> unquoted = utf8("a,b;c\n", ';');
        assertEquals(List.of("a,b", "c"), unquoted.get(0).cells());
    }

    @Test
    void doubledQuoteInsideAQuotedCellIsOneQuote() throws IOException {
        List<CsvRecord> records = utf8("\"say \"\"hi\"\"\",\"\"\"\",\"\"\n");
        assertEquals(List.of("say \"hi\"", "\"", ""), records.get(0).cells());
        assertEquals("\"say \"\"hi\"\"\",\"\"\"\",\"\"", records.get(0).raw());
    }

    @Test
    void aQuoteInsideAnUnquotedCellIsData() throws IOException {
        List<CsvRecord> records = utf8("ab\"c,d\n");
        assertEquals(List.of("ab\"c", "d"), records.get(0).cells());
    }

    @Test
    void textAfterAClosingQuoteIsAppendedToTheCell() throws IOException {
        List<CsvRecord> records = utf8("\"ab\"c,d\n");
        assertEquals(List.of("abc", "d"), records.get(0).cells());
    }

    @Test
    void emptyCellsAreKept() throws IOException {
        List<CsvRecord> records = utf8(",,\n");
        assertEquals(List.of("", "", ""), records.get(0).cells());
        assertEquals(",,", records.get(0).raw());
    }

    @Test
    void multiLineQuotedRecordStartsOnItsFirstLineAndKeepsInnerLineBreaks() throws IOException {
        List<CsvRecord> records = utf8("h,c\n\"line1\nline2\r\nline3\",x\r\nnext,y\n");
        assertEquals(3, records.size());
        CsvRecord multi = records.get(1);
        assertEquals(2, multi.lineNumber());
        assertEquals("\"line1\nline2\r\nline3\",x", multi.raw());
        assertEquals(List.of("line1\nline2\r\nline3", "x"), multi.cells());
        assertEquals(5, records.get(2).lineNumber(), "the inner line breaks count as physical lines");
        assertEquals("next,y", records.get(2).raw());
    }

    @Test
    void multiLineCyrillicCommentRoundTripsInWindows1251() throws IOException {
        String header = "manifest_id;tracking_number;order_id;parcel_no;parcel_count;dispatched_at;"
                + "declared_value;currency;weight_kg;destination_point_id;comment";
        String comment = "Упаковка; \"целая\"\nвторая строка: ёЁ №5";
        String line2 = "SPSR-1;SP0001448380RU;8100000002277086;1;1;13.10.2026 08:42;100,59;USD;1,764;MSK-02;"
                + "\"Упаковка; \"\"целая\"\"\nвторая строка: ёЁ №5\"";
        String line4 = "SPSR-1;SP0001448381RU;8100000002277087;1;1;13.10.2026 08:43;0,00;RUB;0,100;MSK-01;Тест";
        String text = header + "\r\n" + line2 + "\r\n" + line4 + "\r\nTRAILER;2\r\n";
        byte[] bytes = text.getBytes(CP1251);

        List<CsvRecord> records = readAll(bytes, CP1251, ';', 65536);
        assertEquals(4, records.size());
        assertEquals(header, records.get(0).raw());
        CsvRecord r = records.get(1);
        assertEquals(2, r.lineNumber());
        assertEquals(line2, r.raw(), "raw text is the decoded record, inner line break kept");
        assertEquals(11, r.cells().size());
        assertEquals(comment, r.cells().get(10));
        assertEquals("100,59", r.cells().get(6));
        assertEquals(4, records.get(2).lineNumber());
        assertEquals("Тест", records.get(2).cells().get(10));
        assertEquals("TRAILER;2", records.get(3).raw());
        assertEquals(5, records.get(3).lineNumber());

        // The same bytes handed out one at a time give the same records.
        List<CsvRecord> trickled = readAll(trickle(bytes), CP1251, ';', 65536);
        assertEquals(records, trickled);
    }

    @Test
    void utf8BomIsDropped() throws IOException {
        byte[] bytes = concat(BOM, "h1,h2\na,b\n".getBytes(StandardCharsets.UTF_8));
        List<CsvRecord> records = readAll(bytes, StandardCharsets.UTF_8, ',', 65536);
        assertEquals("h1,h2", records.get(0).raw());
        assertEquals(List.of("h1", "h2"), records.get(0).cells());
        assertEquals(1, records.get(0).lineNumber());
        assertEquals(2, records.get(1).lineNumber());

        List<CsvRecord> trickled = readAll(trickle(bytes), StandardCharsets.UTF_8, ',', 65536);
        assertEquals(records, trickled);
    }

    @Test
    void onlyTheLeadingBomIsDropped() throws IOException {
        List<CsvRecord> records = utf8("h\n\uFEFFx\n");
        assertEquals("\uFEFFx", records.get(1).raw());
    }

    @Test
    void bomOnlyFileHasNoRecords() throws IOException {
        assertTrue(readAll(BOM, StandardCharsets.UTF_8, ',', 100).isEmpty());
    }

    @Test
    void windows1251Byte0x98IsUndecodableAndReportsItsLine() throws IOException {
        byte[] bytes = concat("h;c\nok;1\nab".getBytes(CP1251), new byte[] {(byte) 0x98}, "\nmore;2\n".getBytes(CP1251));
        try (CsvRecordReader reader = new CsvRecordReader(new ByteArrayInputStream(bytes), CP1251, ';', 65536)) {
            assertEquals("h;c", reader.next().raw());
            CsvRecord ok = reader.next();
            assertEquals("ok;1", ok.raw());
            assertEquals(2, ok.lineNumber());
            UndecodableInputException e = assertThrows(UndecodableInputException.class, reader::next);
            assertEquals(3, e.line());
            assertTrue(e.getMessage().contains("line 3"), e.getMessage());
        }
    }

    @Test
    void windows1251Byte0x98OnTheFirstLine() throws IOException {
        byte[] bytes = {'a', (byte) 0x98, '\n'};
        UndecodableInputException e = assertThrows(UndecodableInputException.class,
                () -> readAll(bytes, CP1251, ';', 65536));
        assertEquals(1, e.line());
    }

    @Test
    void undecodableByteInsideAMultiLineRecordReportsItsPhysicalLine() throws IOException {
        byte[] bytes = concat("h\n\"first\nsecond".getBytes(CP1251), new byte[] {(byte) 0x98}, "\"\n".getBytes(CP1251));
        UndecodableInputException e = assertThrows(UndecodableInputException.class,
                () -> readAll(bytes, CP1251, ';', 65536));
        assertEquals(3, e.line());
    }

    @Test
    void invalidUtf8IsUndecodableAndReportsItsLine() throws IOException {
        byte[] bytes = concat("h\n\nx,1\ny,".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, (byte) 0x28},
                "\n".getBytes(StandardCharsets.UTF_8));
        try (CsvRecordReader reader = new CsvRecordReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8, ',', 65536)) {
            assertEquals("h", reader.next().raw());
            assertEquals(3, reader.next().lineNumber());
            UndecodableInputException e = assertThrows(UndecodableInputException.class, reader::next);
            assertEquals(4, e.line());
        }
    }

    @Test
    void truncatedUtf8SequenceAtTheEndIsUndecodable() {
        byte[] bytes = concat("h\nx,".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xD0});
        UndecodableInputException e = assertThrows(UndecodableInputException.class,
                () -> readAll(bytes, StandardCharsets.UTF_8, ',', 65536));
        assertEquals(2, e.line());
    }

    @Test
    void latin1ByteIsNotValidUtf8() {
        byte[] bytes = {'a', ',', (byte) 0xE9, '\n'};
        UndecodableInputException e = assertThrows(UndecodableInputException.class,
                () -> readAll(bytes, StandardCharsets.UTF_8, ',', 65536));
        assertEquals(1, e.line());
    }

    @Test
    void recordsAcrossManyBuffersKeepLinesAndMultiByteCharacters() throws IOException {
        StringBuilder sb = new StringBuilder("h,c\n");
        int rows = 20000; // well over the 64 KiB buffer, so buffer edges split two-byte characters
        for (int i = 0; i < rows; i++) {
            sb.append(i).append(",Ж").append("ё".repeat(i % 7)).append('\n');
        }
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        assertTrue(bytes.length > 3 * 65536);
        List<CsvRecord> records = readAll(bytes, StandardCharsets.UTF_8, ',', 65536);
        assertEquals(rows + 1, records.size());
        for (int i = 0; i < rows; i++) {
            CsvRecord r = records.get(i + 1);
            assertEquals(i + 2, r.lineNumber());
            assertEquals(List.of(String.valueOf(i), "Ж" + "ё".repeat(i % 7)), r.cells());
        }
    }

    @Test
    void undecodableByteFarIntoTheFileReportsItsLine() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 10000; i++) {
            sb.append("row;").append(i).append(";Привет\n");
        }
        byte[] bytes = concat(sb.toString().getBytes(CP1251), new byte[] {'x', (byte) 0x98, '\n'});
        UndecodableInputException e = assertThrows(UndecodableInputException.class,
                () -> readAll(bytes, CP1251, ';', 65536));
        assertEquals(10001, e.line());
    }

    @Test
    void overLongRecordFromAnUnclosedQuoteIsRefused() {
        StringBuilder sb = new StringBuilder("h,c\nok,1\nx,\"unclosed\n");
        for (int i = 0; i < 50; i++) {
            sb.append("next,row\n");
        }
        RecordTooLongException e = assertThrows(RecordTooLongException.class,
                () -> readAll(sb.toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, ',', 100));
        assertEquals(3, e.line(), "the line the record starts on");
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    }

    @Test
    void recordOfExactlyTheMaximumLengthIsRead() throws IOException {
        String ten = "abcd,fghij";
        try (CsvRecordReader reader = new CsvRecordReader(
                new ByteArrayInputStream((ten + "\n" + ten + "x\n").getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8, ',', 10)) {
            assertEquals(ten, reader.next().raw());
            RecordTooLongException e = assertThrows(RecordTooLongException.class, reader::next);
            assertEquals(2, e.line());
        }
    }

    @Test
    void unterminatedQuoteAtTheEndIsFlagged() throws IOException {
        List<CsvRecord> records = utf8("h,c,d\nx,\"abc,def");
        assertEquals(2, records.size());
        assertFalse(records.get(0).unterminatedQuote());
        assertEquals(-1, records.get(0).unterminatedCell());
        CsvRecord r = records.get(1);
        assertTrue(r.unterminatedQuote());
        assertEquals(1, r.unterminatedCell());
        assertEquals(List.of("x", "abc,def"), r.cells());
        assertEquals("x,\"abc,def", r.raw());
        assertEquals(2, r.lineNumber());
    }

    @Test
    void unterminatedQuoteSpanningLinesAtTheEndIsFlagged() throws IOException {
        List<CsvRecord> records = utf8("h\na,b,\"c\nd\n");
        assertEquals(2, records.size());
        CsvRecord r = records.get(1);
        assertTrue(r.unterminatedQuote());
        assertEquals(2, r.unterminatedCell());
        assertEquals(2, r.lineNumber());
        assertEquals("c\nd\n", r.cells().get(2));
    }

    @Test
    void closedQuoteAtTheVeryEndIsNotUnterminated() throws IOException {
        List<CsvRecord> records = utf8("a,\"b\"");
        assertFalse(records.get(0).unterminatedQuote());
        assertEquals(List.of("a", "b"), records.get(0).cells());
    }
}
