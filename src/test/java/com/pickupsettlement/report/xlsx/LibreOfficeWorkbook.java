package com.pickupsettlement.report.xlsx;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A workbook as LibreOffice reads it: each is opened headless, saved as flat ODS XML and read back
 * per sheet, in order, with each cell's value type, value and shown text. One LibreOffice run
 * converts all the workbooks given, since its start costs seconds.
 */
public final class LibreOfficeWorkbook {
    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    private static final String FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";

    /**
     * A cell: type is "string", "float", "date" or "" (empty); value is the number
     * (office:value), the date or date-time (office:date-value) or the string; text is what
     * the cell shows.
     */
    public record Cell(String type, String value, String text, boolean bold) {
        static final Cell EMPTY = new Cell("", "", "", false);
    }

    /** A sheet's rows up to its last non-empty one, and the range its autofilter covers ("" if none). */
    public record Sheet(String name, List<List<Cell>> rows, String filterRange) {
        /** 0-based, as in the file; an empty cell past a row's end. */
        public Cell cell(int row, int column) {
            List<Cell> cells = rows.get(row);
            return column < cells.size() ? cells.get(column) : Cell.EMPTY;
        }
    }

    private LibreOfficeWorkbook() {
    }

    /** The sheets of each workbook, by workbook; file names must differ. */
    public static Map<Path, List<Sheet>> open(Path work, List<Path> workbooks) throws Exception {
        Path out = Files.createDirectories(work.resolve("fods"));
        List<String> command = new ArrayList<>(List.of(soffice(), "--headless", "--norestore",
                "-env:UserInstallation=" + work.resolve("lo-profile").toUri(), "--convert-to", "fods", "--outdir",
                out.toString()));
        workbooks.forEach(p -> command.add(p.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("soffice.log").toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "LibreOffice did not finish");
        Map<Path, List<Sheet>> result = new LinkedHashMap<>();
        for (Path xlsx : workbooks) {
            Path fods = out.resolve(xlsx.getFileName().toString().replaceFirst("\\.xlsx$", ".fods"));
            assertTrue(Files.exists(fods), "LibreOffice could not open " + xlsx + ": " + Files.readString(work.resolve("soffice.log")));
            result.put(xlsx, sheets(fods));
        }
        return result;
    }

    private static String soffice() {
        for (String candidate : List.of("/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice")) {
            if (new File(candidate).canExecute()) {
                return candidate;
            }
        }
        throw new IllegalStateException("LibreOffice is needed for this check: apt-get install -y libreoffice-calc-nogui");
    }

    private static List<Sheet> sheets(Path fods) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(fods.toFile());
        Map<String, String> filters = filters(doc);
        Set<String> bold = boldStyles(doc);
        List<Sheet> sheets = new ArrayList<>();
        NodeList tables = doc.getElementsByTagNameNS(TABLE, "table");
        for (int i = 0; i < tables.getLength(); i++) {
            Element table = (Element) tables.item(i);
            String name = table.getAttributeNS(TABLE, "name");
            sheets.add(new Sheet(name, rows(table, bold), filters.getOrDefault(name, "")));
        }
        return sheets;
    }

    private static Set<String> boldStyles(Document doc) {
        Set<String> bold = new HashSet<>();
        NodeList styles = doc.getElementsByTagNameNS(STYLE, "style");
        for (int i = 0; i < styles.getLength(); i++) {
            Element style = (Element) styles.item(i);
            NodeList text = style.getElementsByTagNameNS(STYLE, "text-properties");
            if (text.getLength() > 0 && "bold".equals(((Element) text.item(0)).getAttributeNS(FO, "font-weight"))) {
                bold.add(style.getAttributeNS(STYLE, "name"));
            }
        }
        return bold;
    }

    /** Autofilter ranges by sheet name, without the sheet: "A1:G3". */
    private static Map<String, String> filters(Document doc) {
        Map<String, String> filters = new LinkedHashMap<>();
        NodeList ranges = doc.getElementsByTagNameNS(TABLE, "database-range");
        for (int i = 0; i < ranges.getLength(); i++) {
            Element range = (Element) ranges.item(i);
            if ("true".equals(range.getAttributeNS(TABLE, "display-filter-buttons"))) {
                String[] ends = range.getAttributeNS(TABLE, "target-range-address").split(":");
                String sheet = ends[0].substring(0, ends[0].lastIndexOf('.')).replaceAll("^'|'$", "");
                filters.put(sheet, cellOf(ends[0]) + ":" + cellOf(ends[1]));
            }
        }
        return filters;
    }

    private static String cellOf(String address) {
        return address.substring(address.lastIndexOf('.') + 1);
    }

    /**
     * Rows with their cells, repeats expanded; empty cells and rows are only added before
     * something that follows them, since LibreOffice pads every sheet to 16,384 x 1,048,576.
     */
    private static List<List<Cell>> rows(Element table, Set<String> bold) {
        List<List<Cell>> rows = new ArrayList<>();
        int pendingRows = 0;
        for (Node n = table.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element row) || !row.getLocalName().equals("table-row")) {
                continue;
            }
            List<Cell> cells = cells(row, bold);
            int times = repeat(row, "number-rows-repeated");
            if (cells.isEmpty()) {
                pendingRows += times;
                continue;
            }
            for (; pendingRows > 0; pendingRows--) {
                rows.add(List.of());
            }
            for (int k = 0; k < times; k++) {
                rows.add(cells);
            }
        }
        return rows;
    }

    private static List<Cell> cells(Element row, Set<String> bold) {
        List<Cell> cells = new ArrayList<>();
        int pending = 0;
        for (Node n = row.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e) || !e.getLocalName().equals("table-cell")) {
                continue;
            }
            int times = repeat(e, "number-columns-repeated");
            String type = e.getAttributeNS(OFFICE, "value-type");
            if (type.isEmpty()) {
                pending += times;
                continue;
            }
            for (; pending > 0; pending--) {
                cells.add(Cell.EMPTY);
            }
            String text = text(e);
            String value = switch (type) {
                case "float" -> e.getAttributeNS(OFFICE, "value");
                case "date" -> e.getAttributeNS(OFFICE, "date-value");
                default -> text;
            };
            for (int k = 0; k < times; k++) {
                cells.add(new Cell(type, value, text, bold.contains(e.getAttributeNS(TABLE, "style-name"))));
            }
        }
        return cells;
    }

    private static int repeat(Element e, String attribute) {
        String repeat = e.getAttributeNS(TABLE, attribute);
        return repeat.isEmpty() ? 1 : Integer.parseInt(repeat);
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
