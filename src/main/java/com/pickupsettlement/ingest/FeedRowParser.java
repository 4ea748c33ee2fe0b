package com.pickupsettlement.ingest;

import com.pickupsettlement.domain.BusinessDate;
import com.pickupsettlement.domain.Feed;
import com.pickupsettlement.domain.RejectReason;
import com.pickupsettlement.ingest.csv.CsvRecord;
import java.util.List;

/** Turns the records of one feed into staged rows by the field rules of rulebook 2.1-2.3. */
public abstract class FeedRowParser {
    private final String[] names;
    private final String header;
    private final char delimiter;

    protected FeedRowParser(List<String> columns, char delimiter) {
        this.names = columns.toArray(String[]::new);
        this.delimiter = delimiter;
        this.header = String.join(String.valueOf(delimiter), columns);
    }

    public abstract Feed feed();

    /** The exact header line the file must start with (after a BOM). */
    public final String header() {
        return header;
    }

    public final char delimiter() {
        return delimiter;
    }

    /** The staging table's typed columns, in the order of {@link StagedRow#values()}. */
    public abstract List<String> typedColumns();

    /** Checks the cells of a record whose column count is right; returns the typed values. */
    protected abstract String[] check(RowCheck check, BusinessDate date);

    public final StagedRow parse(CsvRecord record, BusinessDate date) {
        List<String> cells = record.cells();
        if (cells.size() != names.length) {
            return rejected(record, RejectReason.WRONG_COLUMN_COUNT);
        }
        RowCheck check = new RowCheck(cells, names);
        String[] values = check(check, date);
        if (!check.failed() && record.unterminatedQuote()) {
            // The input ended inside this quoted cell: what we hold is a fragment, never a value.
            check.badFormatOf(record.unterminatedCell());
        }
        if (check.failed()) {
            return rejected(record, check.reason());
        }
        return new StagedRow(record.lineNumber(), record.raw(), null, identity(cells), values);
    }

    private static StagedRow rejected(CsvRecord record, String reason) {
        return new StagedRow(record.lineNumber(), record.raw(), reason, null, null);
    }

    /** Cell texts joined unambiguously (length-prefixed), for the rulebook's "identical rows". */
    static String identity(List<String> cells) {
        StringBuilder sb = new StringBuilder();
        for (String c : cells) {
            sb.append(c.length()).append(':').append(c);
        }
        return sb.toString();
    }

    String name(int i) {
        return names[i];
    }
}
