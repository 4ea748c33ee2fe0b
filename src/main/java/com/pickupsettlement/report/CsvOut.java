package com.pickupsettlement.report;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Set;

/**
 * Rulebook 6 and 8 CSV: comma, quotes only where a cell holds a comma, quote, CR or LF, quotes
 * doubled, "\n" after every row. Text cells that a spreadsheet would run as a formula get a
 * leading apostrophe; the rulebook's numeric columns are never altered.
 */
public final class CsvOut implements Closeable {
    public static final Set<String> NUMERIC_COLUMNS = Set.of("revenue_amount", "share_percent", "share_amount",
            "share_lines", "reversal_lines", "revenue_total", "share_total", "line_number", "age_days");

    private final ICSVWriter csv;
    private final boolean[] numeric;

    public CsvOut(Writer writer, List<String> header) {
        this.csv = new CSVWriter(writer, ',', '"', '"', "\n");
        this.numeric = new boolean[header.size()];
        for (int i = 0; i < numeric.length; i++) {
            numeric[i] = NUMERIC_COLUMNS.contains(header.get(i));
        }
        csv.writeNext(header.toArray(String[]::new), false);
    }

    public void row(String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (!numeric[i]) {
                cells[i] = guardFormula(cells[i]);
            }
        }
        csv.writeNext(cells, false);
    }

    static String guardFormula(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        return isGuarded(cell.charAt(0)) ? "'" + cell : cell;
    }

    /** A cell read back from one of our files, as the value it stands for: the guard above taken off. */
    static String unguarded(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && isGuarded(cell.charAt(1)) ? cell.substring(1) : cell;
    }

    private static boolean isGuarded(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
