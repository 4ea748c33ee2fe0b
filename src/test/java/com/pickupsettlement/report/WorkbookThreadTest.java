package com.pickupsettlement.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pickupsettlement.report.xlsx.CellKind;
import com.pickupsettlement.report.xlsx.XlsxColumn;
import com.pickupsettlement.report.xlsx.XlsxSheet;
import com.pickupsettlement.report.xlsx.XlsxWorkbook;
import com.pickupsettlement.support.UnitTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbook written on its own thread is the workbook written in line, byte for byte, and a
 * failure on that thread reaches the caller and leaves no file behind.
 */
@UnitTest
class WorkbookThreadTest {
    private static final LocalDateTime FIXED = LocalDateTime.of(2026, 11, 6, 0, 0);
    private static final List<XlsxColumn> COLUMNS = List.of(new XlsxColumn("order_id", CellKind.TEXT),
            new XlsxColumn("line_number", CellKind.INTEGER), new XlsxColumn("collected_at", CellKind.DATE_TIME));
    /** More rows than a few batches, and a number that does not fill the last one. */
    private static final int ROWS = 10_007;

    @TempDir
    Path dir;

    private static Object[] cells(Integer i) {
        return new Object[] {Long.toString(8_120_748_004_853_377L + i), i, FIXED.minusSeconds(i)};
    }

    @Test
    void theSameCallsOnTheWorkbooksThreadGiveTheBytesOfTheWorkbookWrittenInLine() throws Exception {
        Path inLine = dir.resolve("in-line.xlsx");
        try (XlsxWorkbook book = XlsxWorkbook.create(inLine, FIXED)) {
            for (String name : List.of("SPSR", "CSL")) {
                XlsxSheet sheet = book.sheet(name, COLUMNS);
                for (int i = 0; i < ROWS; i++) {
                    sheet.row(cells(i));
                }
                sheet.endData();
                sheet.row();
                sheet.row("total", ROWS);
            }
        }
        Path threaded = dir.resolve("threaded.xlsx");
        Function<Integer, Object[]> cells = WorkbookThreadTest::cells;
        try (WorkbookThread book = WorkbookThread.create(threaded, FIXED)) {
            for (String name : List.of("SPSR", "CSL")) {
                book.sheet(name, COLUMNS);
                for (int i = 0; i < ROWS; i++) {
                    book.row(i, cells);
                }
                book.onSheet(sheet -> {
                    sheet.endData();
                    sheet.row();
                    sheet.row("total", ROWS);
                });
            }
            book.write();
            book.awaitWritten();
        }
        assertTrue(Files.size(threaded) > 100_000, "the workbook holds the rows: " + Files.size(threaded));
        assertEquals(-1L, Files.mismatch(inLine, threaded));
    }

    @Test
    void aCellTheThreadCannotWriteFailsTheCallerAndNoWorkbookIsLeft() throws Exception {
        Path file = dir.resolve("failed.xlsx");
        // A text where the column wants a whole number: the workbook's thread fails on it.
        Function<Integer, Object[]> cells = i -> i == 5 ? new Object[] {"x", "not a number"} : cells(i);
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class, () -> {
            try (WorkbookThread book = WorkbookThread.create(file, FIXED)) {
                book.sheet("SPSR", COLUMNS);
                for (int i = 0; i < ROWS; i++) {
                    book.row(i, cells);
                }
                book.write();
                book.awaitWritten();
            }
        });
        assertTrue(failure.getMessage().contains("line_number"), failure.getMessage());
        assertFalse(Files.exists(file), "no half-written workbook");
    }

    @Test
    void aCallerThatGivesUpHalfWayLeavesNoWorkbook() throws IOException {
        Path file = dir.resolve("abandoned.xlsx");
        Function<Integer, Object[]> cells = WorkbookThreadTest::cells;
        try (WorkbookThread book = WorkbookThread.create(file, FIXED)) {
            book.sheet("SPSR", COLUMNS);
            for (int i = 0; i < ROWS; i++) {
                book.row(i, cells);
            }
            // The caller fails here (its database went away, say) and never asks for the file.
        }
        assertFalse(Files.exists(file));
    }
}
