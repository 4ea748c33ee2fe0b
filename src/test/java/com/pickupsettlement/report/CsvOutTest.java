package com.pickupsettlement.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.pickupsettlement.support.UnitTest;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rulebook 6 and 8 (CSV writing): minimal quoting, "\n" row ends, formula guard on text cells only. */
@UnitTest
class CsvOutTest {
    private static final List<String> SETTLEMENT = List.of("line_type", "order_id", "tracking_numbers",
            "pickup_point_id", "collected_at", "currency", "revenue_amount", "share_percent", "share_amount",
            "original_settlement_date");

    private static String write(List<String> header, String[]... rows) throws IOException {
        StringWriter out = new StringWriter();
        try (CsvOut csv = new CsvOut(out, header)) {
            for (String[] row : rows) {
                csv.row(row);
            }
        }
        return out.toString();
    }

    @Test
    void headerAloneEndsWithLf() throws IOException {
        assertEquals("a,b,c\n", write(List.of("a", "b", "c")));
    }

    @Test
    void plainCellsAreNotQuotedAndRowsEndWithLf() throws IOException {
        assertEquals("a,b\nx,y\n1,\n", write(List.of("a", "b"), new String[] {"x", "y"}, new String[] {"1", ""}));
    }

    @Test
    void cellsWithCommaQuoteCrOrLfAreQuotedAndQuotesDoubled() throws IOException {
        String out = write(List.of("a", "b", "c", "d"),
                new String[] {"x,y", "say \"hi\"", "two\nlines", "cr\rhere"});
        assertEquals("a,b,c,d\n\"x,y\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\"\n", out);
    }

    @Test
    void otherSpecialLookingCharactersAreNotQuoted() throws IOException {
        assertEquals("a,b,c,d\nsemi;colon,it's,tab\tinside,Упаковка целая\n",
                write(List.of("a", "b", "c", "d"), new String[] {"semi;colon", "it's", "tab\tinside", "Упаковка целая"}));
    }

    @Test
    void aLoneQuoteIsQuotedAndDoubled() throws IOException {
        assertEquals("a\n\"\"\"\"\n", write(List.of("a"), new String[] {"\""}));
    }

    @ParameterizedTest
    @ValueSource(strings = {"=SUM(A1)", "+7", "-12", "@cmd", "\tx"})
    void formulaLookingTextCellsGetAnApostrophe(String cell) throws IOException {
        assertEquals("order_id\n'" + cell + "\n", write(List.of("order_id"), new String[] {cell}));
        assertEquals("'" + cell, CsvOut.guardFormula(cell));
    }

    @Test
    void carriageReturnFirstIsGuardedThenQuoted() throws IOException {
        assertEquals("'\rx", CsvOut.guardFormula("\rx"));
        assertEquals("order_id\n\"'\rx\"\n", write(List.of("order_id"), new String[] {"\rx"}));
    }

    @Test
    void guardComesBeforeQuoting() throws IOException {
        assertEquals("order_id\n\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\n",
                write(List.of("order_id"), new String[] {"=HYPERLINK(\"http://x\",\"y\")"}));
        assertEquals("order_id\n\"'-a,b\"\n", write(List.of("order_id"), new String[] {"-a,b"}));
    }

    @Test
    void harmlessCellsAreLeftAlone() {
        assertEquals("", CsvOut.guardFormula(""));
        assertEquals("a=b", CsvOut.guardFormula("a=b"));
        assertEquals(" =x", CsvOut.guardFormula(" =x"));
        assertEquals("'quoted", CsvOut.guardFormula("'quoted"));
        assertEquals("\nx", CsvOut.guardFormula("\nx"));
        assertEquals("MSK-01", CsvOut.guardFormula("MSK-01"));
    }

    @Test
    void numericColumnsAreNeverAltered() throws IOException {
        String out = write(SETTLEMENT, new String[] {"REVERSAL", "-ORD1", "+TRK1|=TRK2", "@MSK",
                "2026-11-01T10:00:00+03:00", "RUB", "-250.00", "-3.5000", "-12.50", "2026-10-30"});
        assertEquals(String.join(",", SETTLEMENT) + "\n"
                + "REVERSAL,'-ORD1,'+TRK1|=TRK2,'@MSK,2026-11-01T10:00:00+03:00,RUB,-250.00,-3.5000,-12.50,2026-10-30\n",
                out);
    }

    @Test
    void everyNumericColumnOfTheRulebookIsExempt() throws IOException {
        List<String> numeric = List.of("revenue_amount", "share_percent", "share_amount", "share_lines",
                "reversal_lines", "revenue_total", "share_total", "line_number", "age_days");
        assertEquals(new java.util.HashSet<>(numeric), CsvOut.NUMERIC_COLUMNS);
        String[] cells = numeric.stream().map(n -> "-1").toArray(String[]::new);
        assertEquals(String.join(",", numeric) + "\n" + String.join(",", cells) + "\n", write(numeric, cells));
    }

    @Test
    void rejectsRowGuardsTextButNotLineNumber() throws IOException {
        String out = write(List.of("feed", "file", "line_number", "reason", "raw_line"),
                new String[] {"orders", "orders_20261101.csv", "12", "bad format (amount)", "=1,\"x\"\r\n-2"});
        assertEquals("feed,file,line_number,reason,raw_line\n"
                + "orders,orders_20261101.csv,12,bad format (amount),\"'=1,\"\"x\"\"\r\n-2\"\n", out);
    }

    @Test
    void noBomAndNoCrlfAreWritten() throws IOException {
        String out = write(List.of("a"), new String[] {"x"});
        assertEquals('a', out.charAt(0));
        assertEquals(-1, out.indexOf('\r'));
    }
}
