package com.pickupsettlement.report;

import com.pickupsettlement.report.OutputRows.SummaryRow;
import com.pickupsettlement.report.xlsx.XlsxColumn;
import com.pickupsettlement.report.xlsx.XlsxSheet;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The files of one output folder as they are written: each CSV together with its sheet of the
 * workbook (one pass over the rows, so the editions hold the same data; the sheet is written on
 * the workbook's own thread), each file's SHA-256 noted on the way, and SHA256SUMS at the end
 * (rulebook 6: sorted by name).
 */
final class Editions {
    /** The rows of one file, handed to a consumer in file order. */
    interface Rows<R> {
        void forEach(Consumer<R> each) throws IOException;
    }

    /** What a sheet gets after its data rows (the summary's totals). */
    interface AfterRows {
        void write(XlsxSheet sheet);
    }

    private final Path folder;
    private final WorkbookThread book;
    private final Map<String, String> sums = new TreeMap<>();

    Editions(Path folder, WorkbookThread book) {
        this.folder = folder;
        this.book = book;
    }

    <R> void write(String csvName, OutputTable<R> table, String sheetName, Rows<R> rows) throws IOException {
        write(csvName, table, sheetName, rows, s -> { });
    }

    /** after runs on the workbook's thread: it gets what it needs from the database beforehand. */
    <R> void write(String csvName, OutputTable<R> table, String sheetName, Rows<R> rows, AfterRows after)
            throws IOException {
        book.sheet(sheetName, table.sheetColumns());
        Function<R, Object[]> cells = table::sheet;
        MessageDigest digest = sha256();
        try (OutputStream os = new DigestOutputStream(Files.newOutputStream(folder.resolve(csvName)), digest);
             CsvOut csv = new CsvOut(new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16),
                     table.header())) {
            rows.forEach(row -> {
                csv.row(table.csv(row));
                book.row(row, cells);
            });
        }
        book.onSheet(sheet -> {
            sheet.endData();
            after.write(sheet);
        });
        sums.put(csvName, HexFormat.of().formatHex(digest.digest()));
    }

    /**
     * A statement file (rulebook 10): each line of a daily settlement file exactly as it is there,
     * with the date of that file in front, and the same line's values in the sheet.
     */
    void writeLines(String csvName, String header, String sheetName, List<XlsxColumn> columns,
            Rows<MonthlyStatement.Line> lines) throws IOException {
        book.sheet(sheetName, columns);
        MessageDigest digest = sha256();
        try (OutputStream os = new DigestOutputStream(Files.newOutputStream(folder.resolve(csvName)), digest);
             BufferedWriter w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16)) {
            w.write(header);
            w.write('\n');
            lines.forEach(line -> {
                try {
                    w.write(line.settlementDate().toString());
                    w.write(',');
                    w.write(line.raw());
                    w.write('\n');
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                book.row(line, DATED_LINE);
            });
        }
        book.onSheet(XlsxSheet::endData);
        sums.put(csvName, HexFormat.of().formatHex(digest.digest()));
    }

    /** A statement line's cells: its date, then the daily line's. */
    private static final Function<MonthlyStatement.Line, Object[]> DATED_LINE = line -> {
        Object[] values = OutputRows.SettlementLine.TABLE.sheet(line.line());
        Object[] cells = new Object[values.length + 1];
        cells[0] = line.settlementDate();
        System.arraycopy(values, 0, cells, 1, values.length);
        return cells;
    };

    /** A file written some other way (the workbook, the page). */
    void add(String name) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = Files.newInputStream(folder.resolve(name))) {
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        sums.put(name, HexFormat.of().formatHex(digest.digest()));
    }

    void writeChecksums() throws IOException {
        StringBuilder sha = new StringBuilder();
        sums.forEach((name, hex) -> sha.append(hex).append("  ").append(name).append('\n'));
        Files.writeString(folder.resolve("SHA256SUMS"), sha, StandardCharsets.UTF_8);
    }

    /**
     * Rulebook 11: below the summary's rows, after a blank row, one totals row per currency
     * whose revenue is counted once (the revenue_total column repeats it on every party's row,
     * so a SUM of that column would count it once per party).
     */
    static void totals(XlsxSheet sheet, List<SummaryRow> summary, Map<String, BigDecimal> revenueOnce) {
        Map<String, long[]> lines = new TreeMap<>();
        Map<String, BigDecimal> shares = new TreeMap<>();
        for (SummaryRow r : summary) {
            long[] l = lines.computeIfAbsent(r.currency(), c -> new long[2]);
            l[0] += r.shareLines();
            l[1] += r.reversalLines();
            shares.merge(r.currency(), r.shareTotal(), BigDecimal::add);
        }
        if (lines.isEmpty()) {
            return;
        }
        sheet.row();
        lines.forEach((currency, l) -> {
            SummaryRow total = new SummaryRow("All parties", currency, l[0], l[1],
                    revenueOnce.getOrDefault(currency, BigDecimal.ZERO), shares.get(currency));
            sheet.row(SummaryRow.TABLE.sheet(total));
        });
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
