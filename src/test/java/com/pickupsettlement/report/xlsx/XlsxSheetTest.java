package com.pickupsettlement.report.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.pickupsettlement.support.UnitTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A caller's mistake fails at once, naming the sheet, row and column, rather than writing a wrong cell. */
@UnitTest
class XlsxSheetTest {
    private static final List<XlsxColumn> COLUMNS = List.of(new XlsxColumn("order_id", CellKind.TEXT),
            new XlsxColumn("revenue_amount", CellKind.AMOUNT), new XlsxColumn("share_percent", CellKind.PERCENT));

    @TempDir
    Path dir;
    private XlsxWorkbook book;

    private XlsxSheet sheet() {
        book = XlsxWorkbook.create(dir.resolve("t.xlsx"), LocalDateTime.of(2026, 11, 6, 0, 0));
        return book.sheet("SPSR", COLUMNS);
    }

    @AfterEach
    void close() throws IOException {
        book.close();
    }

    @Test
    void aValueOfTheWrongKindIsRefusedWithWhereItWas() {
        XlsxSheet sheet = sheet();
        sheet.row("1", new Money(BigDecimal.ONE, 2), BigDecimal.TEN);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> sheet.row(8120748004853377L, new Money(BigDecimal.ONE, 2)));
        assertEquals("SPSR row 3 column order_id (TEXT): expects a String, got a Long", e.getMessage());
    }

    @Test
    void anAmountWithMoreDecimalsThanItsCurrencyIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> sheet().row("1", new Money(new BigDecimal("1.005"), 2)));
        assertEquals("SPSR row 2 column revenue_amount (AMOUNT): 1.005 has more than 2 decimals", e.getMessage());
    }

    @Test
    void aPercentageWithMoreThanFourDecimalsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> sheet().row("1", null, new BigDecimal("33.33333")));
    }

    @Test
    void moreCellsThanColumnsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> sheet().row("1", null, null, LocalDate.of(2026, 11, 5)));
    }

    @Test
    void aFinishedSheetTakesNoMoreRows() {
        XlsxSheet first = sheet();
        book.sheet("Exceptions", COLUMNS);
        assertThrows(IllegalStateException.class, () -> first.row("1"));
    }
}
