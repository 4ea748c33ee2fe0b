package com.pickupsettlement.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pickupsettlement.report.html.HeadlessChromium;
import com.pickupsettlement.report.xlsx.LibreOfficeWorkbook;
import com.pickupsettlement.report.xlsx.LibreOfficeWorkbook.Sheet;
import com.pickupsettlement.support.JarTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rulebook 10 through the jar, as the monthly cron line runs it: a month of generated nights,
 * the statement refused (exit 6, nothing written) while a date is open, then written from the
 * closed dates: each party's lines are its daily files' lines, date by date, with the date in
 * front; the summary adds up the daily summaries; the editions hold the same; a re-run writes
 * the same bytes.
 */
@JarTest
class StatementIT {
    private static final String MONTH = "2026-11";
    private static final String STAMP = "202611";

    @TempDir
    Path work;

    @Test
    void aMonthOfNights_WhenAllClosed_ThenTheStatementIsTheDailyFilesWithTheirDates() throws Exception {
        PickupJar jar = new PickupJar(work);
        assertEquals(0, jar.run("generate", "--inbox", "inbox", "--from", "2026-11-01", "--days", "30",
                "--orders", "20", "--seed", "5").exitCode());
        assertEquals(0, jar.run("catch-up", "--inbox", "inbox", "--out", "out", "--to", "2026-11-15").exitCode());

        PickupJar.Result open = jar.run("statement", "--month", MONTH, "--out", "out");
        assertEquals(6, open.exitCode(), open.all());
        assertTrue(open.stderr().contains("2026-11-16 is not"), open.stderr());
        assertFalse(Files.exists(work.resolve("out/statements")), "nothing written");
        PickupJar.Result none = jar.run("statement", "--month", "2026-10", "--out", "out");
        assertEquals(6, none.exitCode(), none.all());
        assertTrue(none.stderr().contains("no date of 2026-10 is closed"), none.stderr());

        assertEquals(0, jar.run("catch-up", "--inbox", "inbox", "--out", "out", "--to", "2026-11-30").exitCode());
        PickupJar.Result done = jar.run("statement", "--month", MONTH, "--out", "out");
        assertEquals(0, done.exitCode(), done.all());
        Path statement = work.resolve("out/statements/" + MONTH);
        OutputFolders.assertChecksums(statement);

        List<String> parties = List.of("ALIEXPRESS", "CSL", "SPSR");
        assertEquals(List.of("SHA256SUMS", "statement_" + STAMP + ".html", "statement_" + STAMP + ".xlsx",
                "statement_ALIEXPRESS_" + STAMP + ".csv", "statement_CSL_" + STAMP + ".csv",
                "statement_SPSR_" + STAMP + ".csv", "statement_summary_" + STAMP + ".csv"), OutputFolders.names(statement));
        int lines = 0;
        for (String party : parties) {
            List<String> want = new ArrayList<>(List.of("settlement_date,line_type,order_id,tracking_numbers,"
                    + "pickup_point_id,collected_at,currency,revenue_amount,share_percent,share_amount,original_settlement_date"));
            for (LocalDate d = LocalDate.of(2026, 11, 1); d.getMonthValue() == 11; d = d.plusDays(1)) {
                List<String> daily = Files.readAllLines(work.resolve("out/" + d + "/settlement_" + party + "_"
                        + d.toString().replace("-", "") + ".csv"), StandardCharsets.UTF_8);
                for (String line : daily.subList(1, daily.size())) {
                    want.add(d + "," + line);
                }
            }
            assertEquals(want, Files.readAllLines(statement.resolve("statement_" + party + "_" + STAMP + ".csv")), party);
            lines += want.size() - 1;
        }
        assertTrue(lines > 1_000, "a month of lines: " + lines);
        assertEquals(sumOfDailySummaries(), summaryOf(statement.resolve("statement_summary_" + STAMP + ".csv")));

        // The editions: the workbook's sheets hold the lines, the page the owed amounts.
        Map<Path, List<Sheet>> book = LibreOfficeWorkbook.open(work, List.of(statement.resolve("statement_" + STAMP + ".xlsx")));
        List<Sheet> sheets = book.values().iterator().next();
        assertEquals(List.of("Summary", "ALIEXPRESS", "CSL", "SPSR"), sheets.stream().map(Sheet::name).toList());
        List<String[]> spsr = EditionsCheck.readCsv(statement.resolve("statement_SPSR_" + STAMP + ".csv"));
        assertEquals(spsr.size(), sheets.get(3).rows().size(), "one row per line, and the header");
        for (int r = 1; r < spsr.size(); r++) {
            assertEquals("string", sheets.get(3).cell(r, 2).type());
            assertEquals(spsr.get(r)[2], sheets.get(3).cell(r, 2).text(), "order id digit for digit");
        }
        EditionsCheck.assertPageShowsTheSummary(HeadlessChromium.installed(), statement.resolve("statement_" + STAMP + ".html"),
                statement.resolve("statement_summary_" + STAMP + ".csv"));

        // A pure function of closed dates: made again, the same bytes.
        Path first = Files.createDirectories(work.resolve("first"));
        for (String name : OutputFolders.names(statement)) {
            Files.copy(statement.resolve(name), first.resolve(name));
        }
        assertEquals(0, jar.run("statement", "--month", MONTH, "--out", "out").exitCode());
        OutputFolders.assertIdentical(first, statement, "on a second run");
    }

    private Map<String, String> sumOfDailySummaries() throws Exception {
        Map<String, BigDecimal[]> sums = new TreeMap<>();
        for (LocalDate d = LocalDate.of(2026, 11, 1); d.getMonthValue() == 11; d = d.plusDays(1)) {
            List<String[]> rows = EditionsCheck.readCsv(work.resolve("out/" + d + "/summary_" + d.toString().replace("-", "") + ".csv"));
            for (String[] r : rows.subList(1, rows.size())) {
                BigDecimal[] s = sums.computeIfAbsent(r[0] + "," + r[1], k -> new BigDecimal[] {BigDecimal.ZERO,
                        BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
                for (int i = 0; i < 4; i++) {
                    s[i] = s[i].add(new BigDecimal(r[2 + i]));
                }
            }
        }
        Map<String, String> result = new TreeMap<>();
        sums.forEach((k, s) -> result.put(k, s[0] + "," + s[1] + "," + s[2].toPlainString() + "," + s[3].toPlainString()));
        return result;
    }

    private static Map<String, String> summaryOf(Path csv) throws Exception {
        Map<String, String> result = new TreeMap<>();
        List<String[]> rows = EditionsCheck.readCsv(csv);
        for (String[] r : rows.subList(1, rows.size())) {
            result.put(r[0] + "," + r[1], r[2] + "," + r[3] + "," + r[4] + "," + r[5]);
        }
        return result;
    }
}
