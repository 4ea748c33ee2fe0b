package com.pickupsettlement.ingest;

import com.pickupsettlement.domain.BusinessDate;
import com.pickupsettlement.domain.Feed;
import com.pickupsettlement.domain.RejectReason;
import com.pickupsettlement.ingest.csv.CsvRecord;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/** Turns the records of one feed into staged rows by the field rules of rulebook 2.1-2.3. */
public abstract class FeedRowParser {
    private final String[] names;
    private final String header;
    private final char delimiter;
    private final MessageDigest md5;

    protected FeedRowParser(List<String> columns, char delimiter) {
        this.names = columns.toArray(String[]::new);
        this.delimiter = delimiter;
        this.header = String.join(String.valueOf(delimiter), columns);
        try {
            this.md5 = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public abstract Feed feed();

    /** The exact header line the file must start with (after a BOM). */
    public final String header() {
        return header;
    }

    public final char delimiter() {
        return delimiter;
    }

    /** The staging table's typed columns: the components of the parser's {@link FeedRow} type, in order. */
    public abstract List<String> typedColumns();

    /** Checks the cells of a record whose column count is right; returns its typed row (null if a check failed). */
    protected abstract FeedRow check(RowCheck check, BusinessDate date);

    /** The cells the checks see; a feed that tolerates some spelling of a cell normalizes it here. */
    protected List<String> cells(CsvRecord record) {
        return record.cells();
    }

    public final StagedRow parse(CsvRecord record, BusinessDate date) {
        List<String> cells = cells(record);
        if (cells.size() != names.length) {
            return rejected(record, RejectReason.WRONG_COLUMN_COUNT);
        }
        RowCheck check = new RowCheck(cells, names);
        FeedRow typed = check(check, date);
        if (!check.failed() && record.unterminatedQuote()) {
            // The input ended inside this quoted cell: what we hold is a fragment, never a value.
            check.badFormatOf(record.unterminatedCell());
        }
        if (check.failed()) {
            return rejected(record, check.reason());
        }
        return new StagedRow(record.lineNumber(), record.raw(), null, identity(cells), typed);
    }

    private static StagedRow rejected(CsvRecord record, String reason) {
        return new StagedRow(record.lineNumber(), record.raw(), reason, null, null);
    }

    /**
     * The rulebook's "identical rows" (equal cell texts) as a 128-bit key: MD5 of the cell texts
     * joined unambiguously (length-prefixed), stored as a uuid (its 16 bytes as they are) to keep
     * staging and history narrow.
     */
    byte[] identity(List<String> cells) {
        StringBuilder sb = new StringBuilder(128);
        for (String c : cells) {
            sb.append(c.length()).append(':').append(c);
        }
        return md5.digest(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    String name(int i) {
        return names[i];
    }
}
