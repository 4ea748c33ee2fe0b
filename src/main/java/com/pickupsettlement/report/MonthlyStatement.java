package com.pickupsettlement.report;

import com.pickupsettlement.config.SettlementProperties;
import com.pickupsettlement.domain.BusinessDate;
import com.pickupsettlement.ingest.csv.CsvRecord;
import com.pickupsettlement.report.OutputRows.SettlementLine;
import com.pickupsettlement.report.OutputRows.SummaryRow;
import com.pickupsettlement.report.xlsx.CellKind;
import com.pickupsettlement.report.xlsx.XlsxColumn;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * Rulebook 10: the monthly statement, written to out/statements/YYYY-MM/ whole or not at all.
 * Its lines are the daily settlement files themselves, read from the copies stored when each
 * date closed, so each line is exactly the daily file's ("cells as they are there") with the
 * date of that file in front, and the statement is a pure function of the closed dates.
 * The caller checks that every date of the month is closed (exit 6 otherwise).
 */
@Component
public class MonthlyStatement {
    private static final Pattern DAILY_FILE = Pattern.compile("settlement_(.+)_(\\d{8})\\.csv");
    private static final Pattern DAILY_SUMMARY = Pattern.compile("(summary)_(\\d{8})\\.csv");
    private static final String HEADER_PREFIX = "settlement_date,";

    private final StoredDailyFiles stored;
    private final JdbcTemplate jdbc;
    private final StatementPage page;
    private final Path out;

    MonthlyStatement(StoredDailyFiles stored, JdbcTemplate jdbc, StatementPage page, SettlementProperties properties) {
        this.stored = stored;
        this.jdbc = jdbc;
        this.page = page;
        this.out = properties.out();
    }

    public Path folder(YearMonth month) {
        return out.resolve("statements").resolve(month.toString());
    }

    /** Writes the statement of the month from its closed dates; returns the number of lines. */
    public long write(YearMonth month, List<BusinessDate> closedDates) throws IOException {
        long[] lines = {0};
        String stamp = month.format(DateTimeFormatter.ofPattern("yyyyMM"));
        Publisher.inHiddenFolder(out.resolve("statements"), month.toString(), tmp -> {
            List<XlsxColumn> lineColumns = new ArrayList<>(List.of(new XlsxColumn("settlement_date", CellKind.DATE)));
            lineColumns.addAll(SettlementLine.TABLE.sheetColumns());
            String workbook = "statement_" + stamp + ".xlsx";
            try (WorkbookThread book = WorkbookThread.create(tmp.resolve(workbook),
                    month.plusMonths(1).atDay(1).atStartOfDay())) {
                Editions files = new Editions(tmp, book);
                List<SummaryRow> summary = summary(closedDates);
                Map<String, BigDecimal> revenueOnce = revenueOnce(closedDates);
                files.write("statement_summary_" + stamp + ".csv", SummaryRow.TABLE, "Summary",
                        each -> summary.forEach(each), sheet -> Editions.totals(sheet, summary, revenueOnce));
                for (var party : stored.byGroup(closedDates, DAILY_FILE).entrySet()) {
                    files.writeLines("statement_" + party.getKey() + "_" + stamp + ".csv",
                            HEADER_PREFIX + String.join(",", SettlementLine.TABLE.header()), party.getKey(), lineColumns,
                            each -> party.getValue().forEach((date, file) -> lines(date, file, line -> {
                                lines[0]++;
                                each.accept(line);
                            })));
                }
                book.write();
                String page = this.page.write(month, closedDates, tmp, "statement_" + stamp + ".html");
                book.awaitWritten();
                files.add(workbook);
                files.add(page);
                files.writeChecksums();
            }
            Publisher.commit(tmp, folder(month));
        });
        return lines[0];
    }

    /**
     * Rulebook 10: the month's summary "as the daily summary", over the month: the daily summary
     * files of the closed dates, added up per party and currency.
     */
    private List<SummaryRow> summary(List<BusinessDate> dates) {
        Map<List<String>, SummaryRow> rows = new TreeMap<>(MonthlyStatement::compareKeys);
        stored.byGroup(dates, DAILY_SUMMARY).values().forEach(byDate -> byDate.forEach((date, file) ->
                stored.records(date, file, r -> {
                    List<String> c = r.cells();
                    SummaryRow day = new SummaryRow(CsvOut.unguarded(c.get(0)), CsvOut.unguarded(c.get(1)),
                            Long.parseLong(c.get(2)), Long.parseLong(c.get(3)), new BigDecimal(c.get(4)),
                            new BigDecimal(c.get(5)));
                    rows.merge(List.of(day.partyCode(), day.currency()), day, (a, b) -> new SummaryRow(a.partyCode(),
                            a.currency(), a.shareLines() + b.shareLines(), a.reversalLines() + b.reversalLines(),
                            a.revenueTotal().add(b.revenueTotal()), a.shareTotal().add(b.shareTotal())));
                })));
        return List.copyOf(rows.values());
    }

    /** A line of a daily settlement file: its text as it is there, and its values for the workbook. */
    record Line(LocalDate settlementDate, String raw, SettlementLine line) {
    }

    private static int compareKeys(List<String> a, List<String> b) {
        int c = a.get(0).compareTo(b.get(0));
        return c != 0 ? c : a.get(1).compareTo(b.get(1));
    }

    /** The data lines of one stored daily settlement file, in the file's order. */
    private void lines(LocalDate date, String file, Consumer<Line> each) {
        stored.records(date, file, r -> each.accept(new Line(date, r.raw(), parse(r.cells()))));
    }

    /** The values of a daily line, the formula guard of its text cells taken off (the workbook holds values). */
    private static SettlementLine parse(List<String> c) {
        return new SettlementLine(CsvOut.unguarded(c.get(0)), CsvOut.unguarded(c.get(1)), CsvOut.unguarded(c.get(2)),
                CsvOut.unguarded(c.get(3)), OffsetDateTime.parse(c.get(4)).toInstant(), CsvOut.unguarded(c.get(5)),
                new BigDecimal(c.get(6)), new BigDecimal(c.get(7)), new BigDecimal(c.get(8)),
                c.get(9).isEmpty() ? null : LocalDate.parse(c.get(9)));
    }

    /** Per currency, the month's revenue counted once: orders settled in it minus orders reversed in it. */
    private Map<String, BigDecimal> revenueOnce(List<BusinessDate> dates) {
        Map<String, BigDecimal> revenue = new TreeMap<>();
        jdbc.query("""
                SELECT o.currency,
                       sum(CASE WHEN s.settlement_date BETWEEN ? AND ? THEN o.amount ELSE 0 END)
                     - sum(CASE WHEN s.reversed_on BETWEEN ? AND ? THEN o.amount ELSE 0 END)
                FROM settled_order s JOIN customer_order o ON o.order_id = s.order_id
                WHERE s.settlement_date BETWEEN ? AND ? OR s.reversed_on BETWEEN ? AND ?
                GROUP BY o.currency
                """, (RowCallbackHandler) rs -> revenue.put(rs.getString(1), rs.getBigDecimal(2)),
                first(dates), last(dates), first(dates), last(dates), first(dates), last(dates), first(dates), last(dates));
        return revenue;
    }

    private static LocalDate first(List<BusinessDate> dates) {
        return dates.get(0).date();
    }

    private static LocalDate last(List<BusinessDate> dates) {
        return dates.get(dates.size() - 1).date();
    }
}
