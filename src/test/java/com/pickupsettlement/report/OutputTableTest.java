package com.pickupsettlement.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.pickupsettlement.report.OutputRows.ExceptionRow;
import com.pickupsettlement.report.OutputRows.RejectRow;
import com.pickupsettlement.report.OutputRows.ResolutionRow;
import com.pickupsettlement.report.OutputRows.SettlementLine;
import com.pickupsettlement.report.OutputRows.SummaryRow;
import com.pickupsettlement.report.xlsx.CellKind;
import com.pickupsettlement.report.xlsx.XlsxColumn;
import com.pickupsettlement.support.UnitTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The output tables come from their row records' components: the headers must still be the
 * rulebook's, letter for letter (section 6 and 9), and each cell of the kind its column says.
 */
@UnitTest
class OutputTableTest {
    @Test
    void headersAreTheRulebooks() {
        assertEquals("line_type,order_id,tracking_numbers,pickup_point_id,collected_at,currency,revenue_amount,"
                + "share_percent,share_amount,original_settlement_date", String.join(",", SettlementLine.TABLE.header()));
        assertEquals("party_code,currency,share_lines,reversal_lines,revenue_total,share_total",
                String.join(",", SummaryRow.TABLE.header()));
        assertEquals("type,severity,order_id,tracking_number,first_seen,age_days,detail",
                String.join(",", ExceptionRow.TABLE.header()));
        assertEquals("feed,file,line_number,reason,raw_line", String.join(",", RejectRow.TABLE.header()));
        assertEquals("action,type,severity,order_id,tracking_number,first_seen,age_days,reason,resolved_by",
                String.join(",", ResolutionRow.TABLE.header()));
    }

    @Test
    void kindsFollowTheComponentTypes() {
        assertEquals(List.of(CellKind.TEXT, CellKind.TEXT, CellKind.TEXT, CellKind.TEXT, CellKind.DATE_TIME,
                        CellKind.TEXT, CellKind.AMOUNT, CellKind.PERCENT, CellKind.AMOUNT, CellKind.DATE),
                SettlementLine.TABLE.sheetColumns().stream().map(XlsxColumn::kind).toList());
    }

    @Test
    void cellsAreWrittenByKind() {
        SettlementLine line = new SettlementLine("SHARE", "1234567890123456", "T1|T2", "MSK-01",
                Instant.parse("2026-11-09T09:30:00Z"), "JPY", new BigDecimal("1500"), new BigDecimal("2.5"),
                new BigDecimal("-38"), null);
        assertArrayEquals(new String[] {"SHARE", "1234567890123456", "T1|T2", "MSK-01", "2026-11-09T12:30:00+03:00",
                "JPY", "1500", "2.5000", "-38", ""}, SettlementLine.TABLE.csv(line));
        assertArrayEquals(new String[] {"orders", "orders_20261109.csv", "7", "bad format (amount)", "a,b"},
                RejectRow.TABLE.csv(new RejectRow("orders", "orders_20261109.csv", 7, "bad format (amount)", "a,b")));
        assertArrayEquals(new String[] {"WRITE_OFF", "", "", "42", "", "", "", "lost", "anna"},
                ResolutionRow.TABLE.csv(new ResolutionRow("WRITE_OFF", null, null, "42", null, null, null, "lost", "anna")));
        assertEquals("2026-11-01", ExceptionRow.TABLE.csv(new ExceptionRow("UNCLAIMED", "WARNING", "", "T1",
                LocalDate.parse("2026-11-01"), 8, "x"))[4]);
    }

    record NoCurrency(String orderId, BigDecimal amount) {
    }

    @Test
    void anAmountWithoutACurrencyIsRefusedWhenTheTableIsMade() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OutputTable.of(NoCurrency.class));
        assertEquals("NoCurrency.amount: no column kind for BigDecimal (an amount needs a currency component)",
                e.getMessage());
    }
}
