package com.pickupsettlement.report;

import com.pickupsettlement.config.SettlementProperties;
import com.pickupsettlement.domain.BusinessDate;
import com.pickupsettlement.report.OutputRows.ExceptionRow;
import com.pickupsettlement.report.OutputRows.RejectRow;
import com.pickupsettlement.report.OutputRows.ResolutionRow;
import com.pickupsettlement.report.OutputRows.SettlementLine;
import com.pickupsettlement.report.OutputRows.SummaryRow;
import com.pickupsettlement.system.FastGzip;
import com.pickupsettlement.system.FaultPoint;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * Rulebook 6 and 11: writes the output folder of a date. Each file's rows are streamed once from
 * PostgreSQL into both its CSV and its sheet of the workbook; then the report page and
 * SHA256SUMS. A compressed copy of every file is stored so that a closed date is reproduced byte
 * for byte, and the folder is published atomically.
 */
@Component
public class DailyOutputs {
    private final JdbcTemplate jdbc;
    private final DailyRows rows;
    private final DailyReportPage report;
    private final Path out;

    DailyOutputs(JdbcTemplate jdbc, DailyRows rows, DailyReportPage report, SettlementProperties properties) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.report = report;
        this.out = properties.out();
    }

    public Path folder(BusinessDate date) {
        return out.resolve(date.toString());
    }

    public void publish(BusinessDate date) throws IOException {
        Publisher.inHiddenFolder(out, date.toString(), tmp -> {
            writeAll(date, tmp);
            store(date, tmp);
            FaultPoint.reach("publish:folder-written");
            Publisher.commit(tmp, folder(date));
            // The folder is in place; the step's transaction (and the stored copies) not yet committed.
            FaultPoint.reach("publish:folder-renamed");
        });
    }

    private void writeAll(BusinessDate date, Path tmp) throws IOException {
        String day = date.compact();
        String workbook = "settlement_" + day + ".xlsx";
        // The workbook's document time is the date's cut-off: fixed, so a re-run writes the same bytes.
        try (WorkbookThread book = WorkbookThread.create(tmp.resolve(workbook), date.date().plusDays(1).atStartOfDay())) {
            Editions files = new Editions(tmp, book);
            List<SummaryRow> summary = new ArrayList<>();
            Map<String, BigDecimal> revenueOnce = rows.revenueOnce(date);
            files.write("summary_" + day + ".csv", SummaryRow.TABLE, "Summary",
                    each -> rows.summary(date, row -> {
                        summary.add(row);
                        each.accept(row);
                    }), sheet -> Editions.totals(sheet, summary, revenueOnce));
            for (String party : rows.parties(date)) {
                files.write("settlement_" + party + "_" + day + ".csv", SettlementLine.TABLE, party,
                        each -> rows.settlement(date, party, each));
            }
            files.write("exceptions_" + day + ".csv", ExceptionRow.TABLE, "Exceptions", each -> rows.exceptions(date, each));
            files.write("rejects_" + day + ".csv", RejectRow.TABLE, "Rejects", each -> rows.rejects(date, each));
            files.write("resolutions_" + day + ".csv", ResolutionRow.TABLE, "Resolutions",
                    each -> rows.resolutions(date, each));
            book.write();
            // The page's queries run while the workbook is deflated.
            String page = report.write(date, tmp);
            book.awaitWritten();
            files.add(workbook);
            files.add(page);
            files.writeChecksums();
        }
    }

    /** Rewrites a closed date's folder from the bytes recorded when it was first published. */
    public void republish(BusinessDate date) throws IOException {
        Publisher.inHiddenFolder(out, date.toString(), tmp -> {
            jdbc.query("SELECT file_name, content_gzip FROM published_file WHERE business_date = ?",
                    (RowCallbackHandler) rs -> {
                        try (InputStream in = new GZIPInputStream(rs.getBinaryStream(2))) {
                            Files.copy(in, tmp.resolve(rs.getString(1)));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }, date.date());
            Publisher.commit(tmp, folder(date));
        });
    }

    private void store(BusinessDate date, Path folder) throws IOException {
        jdbc.update("DELETE FROM published_file WHERE business_date = ?", date.date());
        try (var files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                Path gz = Files.createTempFile("published", ".gz");
                try {
                    try (OutputStream os = new FastGzip(Files.newOutputStream(gz))) {
                        Files.copy(file, os);
                    }
                    long size = Files.size(gz);
                    try (InputStream in = Files.newInputStream(gz)) {
                        jdbc.update("INSERT INTO published_file (business_date, file_name, content_gzip) VALUES (?, ?, ?)",
                                (PreparedStatement ps) -> {
                                    ps.setObject(1, date.date());
                                    ps.setString(2, file.getFileName().toString());
                                    ps.setBinaryStream(3, in, size);
                                });
                    }
                } finally {
                    Files.deleteIfExists(gz);
                }
            }
        }
    }
}
