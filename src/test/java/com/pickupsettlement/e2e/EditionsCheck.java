package com.pickupsettlement.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opencsv.CSVReader;
import com.pickupsettlement.report.html.HeadlessChromium;
import com.pickupsettlement.report.xlsx.LibreOfficeWorkbook;
import com.pickupsettlement.report.xlsx.LibreOfficeWorkbook.Cell;
import com.pickupsettlement.report.xlsx.LibreOfficeWorkbook.Sheet;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The editions for people (rulebook 11), checked the way finance meets them: each workbook
 * opened by LibreOffice and read back cell by cell against the CSV it was made with, and each
 * report page rendered by a real browser.
 */
final class EditionsCheck {
    private static final Set<String> NUMERIC = com.pickupsettlement.report.CsvOut.NUMERIC_COLUMNS;
    private static final Set<String> DATES = Set.of("collected_at", "first_seen", "original_settlement_date");

    private EditionsCheck() {
    }

    /**
     * Every sheet of every folder's workbook holds its CSV's rows: text cells hold the value
     * itself (a 16-digit order id keeps every digit, no "'" guard), amounts and counts are
     * numbers equal to the CSV's, dates are date cells; the Summary's totals rows count each
     * currency's revenue once. Returns the number of order ids compared.
     */
    static int assertWorkbooksMatchTheCsvs(Path work, List<Path> folders) throws Exception {
        List<Path> books = new ArrayList<>();
        for (Path folder : folders) {
            books.add(folder.resolve("settlement_" + day(folder) + ".xlsx"));
        }
        Map<Path, List<Sheet>> opened = LibreOfficeWorkbook.open(work, books);
        int ids = 0;
        for (Path folder : folders) {
            String day = day(folder);
            List<Sheet> sheets = opened.get(folder.resolve("settlement_" + day + ".xlsx"));
            List<String> csvs = new ArrayList<>(List.of("summary_" + day + ".csv"));
            try (Stream<Path> files = Files.list(folder)) {
                files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("settlement_") && n.endsWith(".csv"))
                        .sorted().forEach(csvs::add);
            }
            csvs.addAll(List.of("exceptions_" + day + ".csv", "rejects_" + day + ".csv", "resolutions_" + day + ".csv"));
            List<String> names = sheets.stream().map(Sheet::name).toList();
            List<String> expectedNames = csvs.stream().map(n -> sheetName(n, day)).toList();
            assertEquals(expectedNames, names, "sheets of " + folder);
            for (int i = 0; i < csvs.size(); i++) {
                ids += assertSheetHoldsCsv(sheets.get(i), folder.resolve(csvs.get(i)));
            }
            assertTotals(sheets.get(0), readCsv(folder.resolve(csvs.get(0))));
        }
        return ids;
    }

    private static String sheetName(String csv, String day) {
        if (csv.startsWith("settlement_")) {
            return csv.substring("settlement_".length(), csv.length() - ("_" + day + ".csv").length());
        }
        String base = csv.substring(0, csv.indexOf('_'));
        return Character.toUpperCase(base.charAt(0)) + base.substring(1);
    }

    private static int assertSheetHoldsCsv(Sheet sheet, Path csv) throws Exception {
        List<String[]> rows = readCsv(csv);
        String[] header = rows.get(0);
        int ids = 0;
        for (int c = 0; c < header.length; c++) {
            assertEquals(header[c], sheet.cell(0, c).text(), sheet.name() + " header");
        }
        for (int r = 1; r < rows.size(); r++) {
            for (int c = 0; c < header.length; c++) {
                String value = rows.get(r)[c];
                Cell cell = sheet.cell(r, c);
                String where = sheet.name() + " row " + (r + 1) + " " + header[c];
                if (value.isEmpty()) {
                    assertEquals("", cell.type(), where + " is empty");
                } else if (NUMERIC.contains(header[c])) {
                    assertEquals("float", cell.type(), where + " is a number");
                    assertEquals(0, new BigDecimal(value).compareTo(new BigDecimal(cell.value())), where);
                } else if (DATES.contains(header[c])) {
                    assertEquals("date", cell.type(), where + " is a date");
                    assertEquals(value.substring(0, Math.min(19, value.length())),
                            cell.value().substring(0, Math.min(19, value.length())), where + " in Moscow time");
                } else if (value.chars().noneMatch(ch -> ch < 0x20 && ch != '\n' && ch != '\t')) {
                    assertEquals("string", cell.type(), where + " is text");
                    assertEquals(unguarded(value), cell.text(), where + " holds the value itself");
                    if (header[c].equals("order_id")) {
                        ids++;
                    }
                }
            }
        }
        return ids;
    }

    /** One totals row per currency below the data: share total = revenue counted once = the sum of the parties' shares. */
    private static void assertTotals(Sheet summary, List<String[]> csv) {
        Map<String, BigDecimal> shares = new TreeMap<>();
        for (String[] row : csv.subList(1, csv.size())) {
            shares.merge(row[1], new BigDecimal(row[5]), BigDecimal::add);
        }
        int first = csv.size() + 1; // after the data rows and one blank row
        Map<String, BigDecimal> totals = new TreeMap<>();
        for (int r = first; r < summary.rows().size(); r++) {
            assertEquals("All parties", summary.cell(r, 0).text());
            BigDecimal revenue = new BigDecimal(summary.cell(r, 4).value());
            BigDecimal share = new BigDecimal(summary.cell(r, 5).value());
            assertEquals(0, revenue.compareTo(share), "revenue once equals the shares of " + summary.cell(r, 1).text());
            totals.put(summary.cell(r, 1).text(), share);
        }
        assertEquals(shares.keySet(), totals.keySet(), "a totals row per currency");
        shares.forEach((currency, sum) -> assertEquals(0, sum.compareTo(totals.get(currency)), "total of " + currency));
    }

    /** The page renders, fetches nothing, and shows each party's owed amount exactly as the summary CSV. */
    static void assertReportShowsTheSummary(HeadlessChromium browser, Path folder) throws Exception {
        String day = day(folder);
        assertPageShowsTheSummary(browser, folder.resolve("report_" + day + ".html"), folder.resolve("summary_" + day + ".csv"));
    }

    /** A page (daily or monthly) renders, fetches nothing, and shows each owed amount exactly as the summary CSV. */
    static void assertPageShowsTheSummary(HeadlessChromium browser, Path page, Path summaryCsv) throws Exception {
        HeadlessChromium.Visit visit = browser.dumpDom(page);
        assertEquals(List.of(), visit.externalFetches(), "nothing fetched from outside the file");
        Document dom = Jsoup.parse(visit.dom());
        assertTrue(dom.select("script").isEmpty());
        assertFalse(dom.select("main > section").isEmpty(), "the page rendered");
        Map<String, BigDecimal> shown = new TreeMap<>();
        for (Element cell : dom.select("td.owed-amount")) {
            shown.put(cell.attr("data-party") + "/" + cell.attr("data-currency"), new BigDecimal(cell.attr("data-amount")));
        }
        Map<String, BigDecimal> summary = new TreeMap<>();
        List<String[]> rows = readCsv(summaryCsv);
        for (String[] row : rows.subList(1, rows.size())) {
            summary.put(row[0] + "/" + row[1], new BigDecimal(row[5]));
        }
        assertEquals(summary.keySet(), shown.keySet(), "owed cells of " + page);
        summary.forEach((k, v) -> assertEquals(0, v.compareTo(shown.get(k)), k));
    }

    /** A CSV cell as the value it stands for: the formula guard of rulebook 8 removed. */
    private static String unguarded(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0
                ? cell.substring(1) : cell;
    }

    static String day(Path folder) {
        return folder.getFileName().toString().replace("-", "");
    }

    static List<String[]> readCsv(Path file) throws Exception {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVReader reader = new CSVReader(r)) {
            return reader.readAll();
        }
    }
}
