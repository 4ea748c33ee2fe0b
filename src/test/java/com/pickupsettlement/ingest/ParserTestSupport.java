package com.pickupsettlement.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.pickupsettlement.ingest.csv.CsvRecord;
import com.pickupsettlement.ingest.csv.CsvRecordReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builds records for the row parsers' tests and checks their outcome. */
final class ParserTestSupport {
    static final long LINE = 7;

    private ParserTestSupport() {
    }

    /** A record from unquoted cells, as if read from line {@link #LINE}. */
    static CsvRecord record(char delimiter, String... cells) {
        return new CsvRecord(LINE, String.join(String.valueOf(delimiter), cells), List.of(cells), false, -1);
    }

    /** A copy of the cells with one of them replaced. */
    static String[] with(String[] cells, int index, String value) {
        String[] copy = Arrays.copyOf(cells, cells.length);
        copy[index] = value;
        return copy;
    }

    static String[] without(String[] cells, int index) {
        List<String> list = new ArrayList<>(Arrays.asList(cells));
        list.remove(index);
        return list.toArray(String[]::new);
    }

    static String[] plus(String[] cells, String extra) {
        String[] copy = Arrays.copyOf(cells, cells.length + 1);
        copy[cells.length] = extra;
        return copy;
    }

    /** All data records of a file text (the first record is the header and is skipped). */
    static List<CsvRecord> dataRecords(String text, Charset charset, char delimiter) {
        List<CsvRecord> records = new ArrayList<>();
        try (CsvRecordReader reader = new CsvRecordReader(new ByteArrayInputStream(text.getBytes(charset)),
                charset, delimiter, 65536)) {
            reader.next();
            for (CsvRecord r = reader.next(); r != null; r = reader.next()) {
                records.add(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return records;
    }

    static void assertRejected(StagedRow row, String reason) {
        assertEquals(reason, row.rejectReason());
        assertNull(row.typed(), "a rejected row has no typed values");
        assertNull(row.cells(), "a rejected row takes no part in identity checks");
    }

    /** The typed values of an accepted row, as text: numbers plain, times in ISO-8601. */
    static String[] assertAccepted(StagedRow row) {
        assertNull(row.rejectReason(), () -> "rejected: " + row.rejectReason());
        assertNotNull(row.typed());
        assertNotNull(row.cells());
        RecordComponent[] components = row.typed().getClass().getRecordComponents();
        String[] texts = new String[components.length];
        for (int i = 0; i < texts.length; i++) {
            Object v;
            try {
                v = components[i].getAccessor().invoke(row.typed());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            texts[i] = v instanceof BigDecimal n ? n.toPlainString() : String.valueOf(v);
        }
        return texts;
    }

    /** n code points outside the Basic Multilingual Plane (each two UTF-16 chars). */
    static String nonBmp(int n) {
        return "\uD834\uDD1E".repeat(n); // U+1D11E MUSICAL SYMBOL G CLEF
    }
}
