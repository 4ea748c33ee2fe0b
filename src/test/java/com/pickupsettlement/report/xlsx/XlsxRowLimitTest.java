package com.pickupsettlement.report.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pickupsettlement.support.UnitTest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The format's real limit: 1,048,576 rows, the header included, so the 1,048,576th data row opens
 * "Name (2)". Kept cheap: blank rows, but for the last row that fits and the first that does not.
 */
@UnitTest
class XlsxRowLimitTest {
    @TempDir
    Path dir;

    @Test
    void dataRow1048576ContinuesOnASecondSheet() throws IOException {
        assertEquals(1_048_576, XlsxWorkbook.MAX_ROWS);
        Path file = dir.resolve("big.xlsx");
        try (XlsxWorkbook book = XlsxWorkbook.create(file, LocalDateTime.of(2026, 11, 6, 0, 0))) {
            XlsxSheet sheet = book.sheet("Rejects", List.of(new XlsxColumn("raw_line", CellKind.TEXT)));
            for (int i = 1; i < 1_048_575; i++) {
                sheet.row();
            }
            sheet.row("last that fits");
            sheet.row("first continued");
        }
        String workbook = XlsxParts.part(file, "xl/workbook.xml");
        assertTrue(workbook.contains("<sheet name=\"Rejects\" r:id=\"rId3\" sheetId=\"1\"/>"
                + "<sheet name=\"Rejects (2)\" r:id=\"rId4\" sheetId=\"2\"/></sheets>"), workbook);
        List<String> first = rows(file, "xl/worksheets/sheet1.xml");
        assertEquals(1_048_576, first.size());
        assertTrue(first.get(0).contains("raw_line"));
        assertTrue(first.get(1_048_575).startsWith("<row r=\"1048576\">")
                && first.get(1_048_575).contains("last that fits"), first.get(1_048_575));
        List<String> second = rows(file, "xl/worksheets/sheet2.xml");
        assertEquals(2, second.size());
        assertTrue(second.get(0).contains("raw_line"));
        assertTrue(second.get(1).startsWith("<row r=\"2\">") && second.get(1).contains("first continued"), second.get(1));
    }

    /** A sheet's rows, each as one line: SXSSF writes "<row ...>" and its cells on a line of their own. */
    private static List<String> rows(Path file, String part) throws IOException {
        List<String> rows = new ArrayList<>();
        try (ZipFile zip = new ZipFile(file.toFile());
                BufferedReader in = new BufferedReader(
                        new InputStreamReader(zip.getInputStream(zip.getEntry(part)), StandardCharsets.UTF_8))) {
            String row = null;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("<row ")) {
                    row = line;
                } else if (row != null) {
                    rows.add(row + line);
                    row = null;
                }
            }
        }
        return rows;
    }
}
