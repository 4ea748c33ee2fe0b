package com.pickupsettlement.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opencsv.CSVReader;
import java.io.File;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Finance opens these files in a spreadsheet. Each CSV is opened with LibreOffice headless
 * (formula evaluation switched on, as Excel does) and saved as flat ODS XML, which is read back:
 * amounts are numbers equal to the file's, Cyrillic text is intact, and no cell is a formula.
 */
final class SpreadsheetCheck {
    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    // CSV import: comma, double quote, UTF-8, from line 1, ..., evaluate formulas = true.
    private static final String CSV_FILTER = "CSV:44,34,76,1,,0,false,true,false,false,false,-1,true";

    private SpreadsheetCheck() {
    }

    /** Opens every file in LibreOffice; returns how many cells were checked. */
    static int assertOpensSafely(List<Path> csvFiles, Path work) throws Exception {
        Path outDir = Files.createDirectories(work.resolve("spreadsheets"));
        List<String> command = new ArrayList<>(List.of(soffice(), "--headless", "--norestore",
                "-env:UserInstallation=" + work.resolve("lo-profile").toUri(), "--infilter=" + CSV_FILTER,
                "--convert-to", "fods", "--outdir", outDir.toString()));
        csvFiles.forEach(p -> command.add(p.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("soffice.log").toFile()).start();
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "LibreOffice did not finish");
        int cells = 0;
        for (Path csv : csvFiles) {
            String name = csv.getFileName().toString().replace(".csv", ".fods");
            cells += compare(csv, outDir.resolve(name));
        }
        return cells;
    }

    /**
     * The digit loss the CSVs cannot prevent: a settlement CSV opened in a spreadsheet and saved
     * as .xlsx, as finance would. A 16-digit order id opens as a number, and the saved workbook
     * keeps 15 significant digits of it (8120748004853377 becomes 8120748004853380). Returns how
     * many order ids (column B) came back changed. The rulebook fixes the CSV format, so the
     * README sends finance to the .xlsx edition, whose ids are text.
     */
    static int orderIdsChangedBySavingAsXlsx(Path settlementCsv, Path work) throws Exception {
        Path outDir = Files.createDirectories(work.resolve("saved-as-xlsx"));
        Process p = new ProcessBuilder(soffice(), "--headless", "--norestore",
                "-env:UserInstallation=" + work.resolve("lo-profile").toUri(), "--infilter=" + CSV_FILTER,
                "--convert-to", "xlsx", "--outdir", outDir.toString(), settlementCsv.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("soffice-xlsx.log").toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "LibreOffice did not finish");
        Path xlsx = outDir.resolve(settlementCsv.getFileName().toString().replace(".csv", ".xlsx"));
        String sheet;
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(xlsx.toFile())) {
            sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
        }
        List<String[]> rows;
        try (Reader r = Files.newBufferedReader(settlementCsv, StandardCharsets.UTF_8); CSVReader reader = new CSVReader(r)) {
            rows = reader.readAll();
        }
        int changed = 0;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<c r=\"B(\\d+)\"[^>]*t=\"n\"[^>]*><v>([^<]*)</v>")
                .matcher(sheet);
        while (m.find()) {
            String id = rows.get(Integer.parseInt(m.group(1)) - 1)[1];
            if (new BigDecimal(m.group(2)).compareTo(new BigDecimal(id)) != 0) {
                changed++;
            }
        }
        return changed;
    }

    private static String soffice() {
        for (String candidate : List.of("/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice")) {
            if (new File(candidate).canExecute()) {
                return candidate;
            }
        }
        throw new IllegalStateException("LibreOffice is needed for this check: apt-get install -y libreoffice-calc-nogui");
    }

    private static int compare(Path csv, Path fods) throws Exception {
        List<String[]> rows;
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8); CSVReader reader = new CSVReader(r)) {
            rows = reader.readAll();
        }
        assertTrue(Files.exists(fods), "LibreOffice produced no " + fods);
        List<List<Element>> sheet = cells(fods);
        Set<String> numeric = com.pickupsettlement.report.CsvOut.NUMERIC_COLUMNS;
        String[] header = rows.get(0);
        int checked = 0;
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).length; c++) {
                String value = rows.get(r)[c];
                Element cell = sheet.get(r).get(c);
                String where = csv.getFileName() + " row " + (r + 1) + " column " + header[c];
                assertFalse(cell.hasAttributeNS(TABLE, "formula"), where + " became a formula");
                if (value.isEmpty()) {
                    continue;
                }
                if (r > 0 && numeric.contains(header[c])) {
                    assertEquals("float", cell.getAttributeNS(OFFICE, "value-type"), where + " is not a number");
                    assertEquals(0, new BigDecimal(value).compareTo(new BigDecimal(cell.getAttributeNS(OFFICE, "value"))),
                            where);
                } else if (value.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC)
                        || value.startsWith("'")) {
                    assertEquals("string", cell.getAttributeNS(OFFICE, "value-type"), where);
                    assertEquals(value, text(cell), where);
                }
                checked++;
            }
        }
        return checked;
    }

    /** The sheet's cells by row and column, expanding repeated cells. */
    private static List<List<Element>> cells(Path fods) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(fods.toFile());
        List<List<Element>> result = new ArrayList<>();
        NodeList rows = doc.getElementsByTagNameNS(TABLE, "table-row");
        for (int i = 0; i < rows.getLength(); i++) {
            List<Element> row = new ArrayList<>();
            for (Node n = rows.item(i).getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && e.getLocalName().equals("table-cell")) {
                    String repeat = e.getAttributeNS(TABLE, "number-columns-repeated");
                    int times = repeat.isEmpty() ? 1 : Math.min(Integer.parseInt(repeat), 64);
                    for (int k = 0; k < times; k++) {
                        row.add(e);
                    }
                }
            }
            result.add(row);
        }
        return result;
    }

    /** A cell's text: paragraphs joined by line breaks, spaces and tabs expanded. */
    private static String text(Element cell) {
        StringBuilder sb = new StringBuilder();
        NodeList ps = cell.getElementsByTagNameNS(TEXT, "p");
        for (int i = 0; i < ps.getLength(); i++) {
            if (i > 0) {
                sb.append('\n');
            }
            appendText(ps.item(i), sb);
        }
        return sb.toString();
    }

    private static void appendText(Node node, StringBuilder sb) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE) {
                sb.append(n.getNodeValue());
            } else if (n instanceof Element e) {
                switch (e.getLocalName()) {
                    case "s" -> sb.append(" ".repeat(e.hasAttributeNS(TEXT, "c") ? Integer.parseInt(e.getAttributeNS(TEXT, "c")) : 1));
                    case "tab" -> sb.append('\t');
                    case "line-break" -> sb.append('\n');
                    default -> appendText(e, sb);
                }
            }
        }
    }
}
