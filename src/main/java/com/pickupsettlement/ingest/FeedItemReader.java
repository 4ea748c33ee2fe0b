package com.pickupsettlement.ingest;

import com.pickupsettlement.config.SettlementProperties.FeedFormat;
import com.pickupsettlement.domain.BusinessDate;
import com.pickupsettlement.ingest.csv.CsvRecord;
import com.pickupsettlement.ingest.csv.CsvRecordReader;
import com.pickupsettlement.ingest.csv.RecordTooLongException;
import com.pickupsettlement.ingest.csv.UndecodableInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Streams one feed file as staged rows: checks the header, validates each record's cells, and
 * for the manifest holds back the last record until the end of input shows whether it is the
 * trailer. Restartable: the number of data records already handed out is kept in the step's
 * execution context and skipped on restart, so no row is staged twice.
 */
public final class FeedItemReader implements ItemStreamReader<StagedRow> {
    private static final Pattern TRAILER = Pattern.compile("TRAILER;(\\d+)");
    private static final String COUNT_KEY = "records.read";

    private final Path file;
    private final int maxRecordChars;
    private final BusinessDate date;
    private final boolean trailer;
    /** Set at open for the resolutions file, whose format is read from the file itself. */
    private FeedRowParser parser;
    private FeedFormat format;
    private CsvRecordReader records;
    private CsvRecord pending;
    private long dataRecords;
    private boolean finished;

    public FeedItemReader(Path file, FeedRowParser parser, FeedFormat format, int maxRecordChars,
                          BusinessDate date, boolean trailer) {
        this.file = file;
        this.parser = parser;
        this.format = format;
        this.maxRecordChars = maxRecordChars;
        this.date = date;
        this.trailer = trailer;
    }

    /**
     * Finance's resolutions file (rulebook 9): optional, so an absent file reads as no rows; its
     * encoding and delimiter are detected from the file (see {@link ResolutionsFormat}).
     */
    public static FeedItemReader resolutions(Path file, int maxRecordChars, BusinessDate date) {
        return new FeedItemReader(file, null, null, maxRecordChars, date, false);
    }

    @Override
    public void open(ExecutionContext context) {
        try {
            if (parser == null) {
                if (!Files.exists(file)) {
                    finished = true; // no resolutions file tonight: nothing to read
                    return;
                }
                format = ResolutionsFormat.detect(file);
                parser = new ResolutionRowParser(format.delimiter());
            }
            InputStream in = Files.newInputStream(file);
            records = new CsvRecordReader(in, format.charset(), format.delimiter(), maxRecordChars);
            CsvRecord header = nextRecord();
            if (header == null || header.lineNumber() != 1 || !header.raw().equals(parser.header())) {
                throw refused(1, "the header differs from the rulebook's: expected \"" + parser.header() + "\"");
            }
            pending = nextRecord();
            long done = context.getLong(COUNT_KEY, 0L);
            while (dataRecords < done) {
                if (take() == null) {
                    throw new ItemStreamException(file + " is shorter than on the failed run: was it changed?");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    @Override
    public StagedRow read() {
        CsvRecord record = take();
        return record == null ? null : parser.parse(record, date);
    }

    /** The next data record, or null at the end; checks the trailer when the end is reached. */
    private CsvRecord take() {
        if (finished) {
            return null;
        }
        if (pending == null) {
            finished = true;
            if (trailer) {
                throw refused(0, "the trailer TRAILER;N is missing: the file is incomplete");
            }
            return null;
        }
        CsvRecord record = pending;
        pending = nextRecord();
        if (trailer && pending == null) {
            var m = TRAILER.matcher(record.raw());
            if (m.matches()) {
                long declared = Long.parseLong(m.group(1).length() > 18 ? "-1" : m.group(1));
                if (declared != dataRecords) {
                    throw refused(record.lineNumber(), "the trailer says " + m.group(1)
                            + " data rows but the file has " + dataRecords + ": the file is incomplete");
                }
                finished = true;
                return null;
            }
            throw refused(0, "the trailer TRAILER;N is missing: the file is incomplete");
        }
        dataRecords++;
        return record;
    }

    private CsvRecord nextRecord() {
        try {
            return records.next();
        } catch (UndecodableInputException e) {
            throw refused(e.line(), "not decodable as " + format.charset().name()
                    + (parser.feed().required() ? "" : " (it is not valid UTF-8 either)"));
        } catch (RecordTooLongException e) {
            throw refused(e.line(), e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private FeedRefusedException refused(long line, String reason) {
        return new FeedRefusedException(file.getFileName().toString(), line, reason);
    }

    /** Share of the file read so far, 0 to 1. */
    public double progress() {
        try {
            long size = Files.size(file);
            return records == null || size == 0 ? 0 : Math.min(1.0, (double) records.bytesRead() / size);
        } catch (IOException e) {
            return 0;
        }
    }

    public Path file() {
        return file;
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(COUNT_KEY, dataRecords);
    }

    @Override
    public void close() {
        try {
            if (records != null) {
                records.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
