package com.pickupsettlement.report.xlsx;

import com.pickupsettlement.domain.BusinessDate;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An Excel edition of rulebook 11, streamed: SXSSF keeps a window of rows in memory and the rest
 * in temporary files, so memory does not grow with the row count.
 *
 * <p>The same calls give the same bytes (rulebook 11): the document's created and modified times
 * are the given fixed time and its creator is fixed. POI's ZIP64 writer, which SXSSF uses by
 * default so that Excel opens the files, writes every entry's time and date as zero (checked in
 * POI 5.5.1's {@code Zip64Impl}, pinned by a test), so no clock reaches the file.
 */
public final class XlsxWorkbook implements AutoCloseable {
    /** The format's limit, header row included. */
    static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();
    static final String CREATOR = "pickup-settlement";
    private static final int ROW_WINDOW = 100;
    /**
     * Plain temporary sheet files: gzipping them cost 29 s of CPU per million settlement rows
     * against 22 s plain, for 51 MB of temporary disk instead of 513 MB (bench/XLSX-NOTES.md).
     * CPU is what a night on two cores runs short of.
     */
    private static final boolean COMPRESS_TEMP_FILES = false;
    /**
     * The sheets are deflated as fast as zlib goes: writing the file of a million rows took 5.7 s
     * of CPU at the default level (6) and 2.0 s at level 1, for a file 28 % larger (51.0 to 65.3
     * MB; bench/XLSX-NOTES.md). The level is part of the bytes: changing it changes every workbook.
     */
    private static final int DEFLATE_LEVEL = Deflater.BEST_SPEED;
    /** Inline strings, streamed with their row; a shared-strings table would grow in memory. */
    private static final boolean SHARED_STRINGS = false;

    private final Path file;
    private final SXSSFWorkbook workbook;
    private final CellStyles styles;
    private final CellValues values;
    private final SheetNames names = new SheetNames();
    private final int maxRows;
    private XlsxSheet current;
    private boolean closed;

    private XlsxWorkbook(Path file, LocalDateTime fixedTime, int maxRows) {
        this.file = file;
        this.maxRows = maxRows;
        this.workbook = new SXSSFWorkbook(null, ROW_WINDOW, COMPRESS_TEMP_FILES, SHARED_STRINGS) {
            @Override
            protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
                ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
                zip.setLevel(DEFLATE_LEVEL);
                return zip;
            }
        };
        this.styles = new CellStyles(workbook);
        this.values = new CellValues(styles);
        fixProperties(fixedTime);
    }

    /** A workbook to be written to file on close; fixedTime is Moscow wall-clock. */
    public static XlsxWorkbook create(Path file, LocalDateTime fixedTime) {
        return create(file, fixedTime, MAX_ROWS);
    }

    /** With a smaller row limit (header included), so tests can reach it. */
    static XlsxWorkbook create(Path file, LocalDateTime fixedTime, int maxRows) {
        return new XlsxWorkbook(file, fixedTime, maxRows);
    }

    /** Starts the next sheet; the previous one is finished and takes no more rows. */
    public XlsxSheet sheet(String name, List<XlsxColumn> columns) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("sheet " + name + " has no columns");
        }
        if (current != null) {
            current.finish();
        }
        current = new XlsxSheet(this, SheetNames.base(name), List.copyOf(columns), maxRows);
        return current;
    }

    /** Writes the file, then removes SXSSF's temporary files (also when writing failed). */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try (workbook) {
            if (current != null) {
                current.finish();
            }
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                workbook.write(out);
            }
        }
    }

    /** Gives the workbook up without writing it: only its temporary files are removed. */
    public void discard() throws IOException {
        if (!closed) {
            closed = true;
            workbook.close();
        }
    }

    SXSSFSheet newSheet(String baseName) {
        return workbook.createSheet(names.next(baseName));
    }

    CellStyles styles() {
        return styles;
    }

    CellValues values() {
        return values;
    }

    private void fixProperties(LocalDateTime fixedTime) {
        Optional<Date> time = Optional.of(Date.from(fixedTime.atZone(BusinessDate.MOSCOW).toInstant()));
        POIXMLProperties.CoreProperties core = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
        core.setCreator(CREATOR);
        core.setCreated(time);
        core.setModified(time);
    }
}
