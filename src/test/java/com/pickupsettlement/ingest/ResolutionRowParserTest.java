package com.pickupsettlement.ingest;

import static com.pickupsettlement.ingest.ParserTestSupport.assertAccepted;
import static com.pickupsettlement.ingest.ParserTestSupport.assertRejected;
import static com.pickupsettlement.ingest.ParserTestSupport.nonBmp;
import static com.pickupsettlement.ingest.ParserTestSupport.record;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.pickupsettlement.domain.BusinessDate;
import com.pickupsettlement.domain.Feed;
import com.pickupsettlement.support.UnitTest;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Rulebook 9, Rows: the field checks of a resolutions row, left to right, first fault wins. */
@UnitTest
class ResolutionRowParserTest {
    private static final BusinessDate DATE = BusinessDate.parse("2026-11-03");
    private final ResolutionRowParser parser = new ResolutionRowParser(',');

    private StagedRow parse(String... cells) {
        return parser.parse(record(',', cells), DATE);
    }

    @Test
    void headerAndFeed() {
        assertEquals("action,type,order_id,tracking_number,reason,resolved_by", parser.header());
        assertEquals(Feed.RESOLUTIONS, parser.feed());
        assertEquals("action;type;order_id;tracking_number;reason;resolved_by", new ResolutionRowParser(';').header());
    }

    @Test
    void aCloseAndAWriteOffAreWellFormed() {
        assertArrayEquals(new String[] {"CLOSE", "WRONG_POINT", "8100000018091165", "SP0003040099RU", "ok", "fin"},
                assertAccepted(parse("CLOSE", "WRONG_POINT", "8100000018091165", "SP0003040099RU", "ok", "fin")));
        assertArrayEquals(new String[] {"CLOSE", "UNMANIFESTED_PARCEL", "", "LP91555260458CN", "ok", "fin"},
                assertAccepted(parse("CLOSE", "UNMANIFESTED_PARCEL", "", "LP91555260458CN", "ok", "fin")),
                "either part of a CLOSE's identity may be empty");
        assertArrayEquals(new String[] {"CLOSE", "NOT_SHIPPED", "X1", "", "ok", "fin"},
                assertAccepted(parse("CLOSE", "NOT_SHIPPED", "X1", "", "ok", "fin")));
        assertArrayEquals(new String[] {"WRITE_OFF", "", "X1", "", "lost", "fin"},
                assertAccepted(parse("WRITE_OFF", "", "X1", "", "lost", "fin")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no action            | ''        | WRONG_POINT | X1 | ''           | r | f | missing field",
            "unknown action       | REOPEN    | WRONG_POINT | X1 | ''           | r | f | unknown code",
            "lower-case action    | close     | WRONG_POINT | X1 | ''           | r | f | unknown code",
            "action not trimmed   | ' CLOSE'  | WRONG_POINT | X1 | ''           | r | f | unknown code",
            "CLOSE without type   | CLOSE     | ''          | X1 | ''           | r | f | missing field",
            "unknown type         | CLOSE     | WRONG_PLACE | X1 | ''           | r | f | unknown code",
            "WRITE_OFF with type  | WRITE_OFF | NOT_SHIPPED | X1 | ''           | r | f | bad format (type)",
            "WRITE_OFF no order   | WRITE_OFF | ''          | '' | ''           | r | f | missing field",
            "order_id chars       | CLOSE     | WRONG_POINT | X 1 | ''          | r | f | bad format (order_id)",
            "short tracking       | CLOSE     | WRONG_POINT | X1 | SP1          | r | f | bad format (tracking_number)",
            "lower-case tracking  | CLOSE     | WRONG_POINT | X1 | sp0003040099ru | r | f | bad format (tracking_number)",
            "WRITE_OFF tracking   | WRITE_OFF | ''          | X1 | SP0003040099RU | r | f | bad format (tracking_number)",
            "no reason            | CLOSE     | WRONG_POINT | X1 | ''           | '' | f | missing field",
            "no author            | CLOSE     | WRONG_POINT | X1 | ''           | r | '' | missing field",
            "action beats type    | REOPEN    | ''          | '' | ''           | '' | '' | unknown code",
            "type beats order     | WRITE_OFF | X           | X 1 | ''          | r | f | bad format (type)",
    })
    void theFirstFaultLeftToRightIsTheReason(String name, String action, String type, String order, String tracking,
                                             String reason, String by, String expected) {
        assertRejected(parse(action, type, order, tracking, reason, by), expected);
    }

    @Test
    void lengthsCountCodePoints() {
        assertAccepted(parse("CLOSE", "NOT_SHIPPED", "X1", "", nonBmp(500), nonBmp(64)));
        assertRejected(parse("CLOSE", "NOT_SHIPPED", "X1", "", nonBmp(501), "f"), "field too long");
        assertRejected(parse("CLOSE", "NOT_SHIPPED", "X1", "", "r", "f".repeat(65)), "field too long");
        assertRejected(parse("CLOSE", "NOT_SHIPPED", "X".repeat(33), "", "r", "f"), "field too long");
        assertRejected(parse("CLOSE", "WRONG_POINT", "X1", "S".repeat(21), "r", "f"), "field too long");
    }

    @Test
    void aNulInAnyCellIsABadFormatOfThatField() {
        String[] good = {"CLOSE", "WRONG_POINT", "X1", "SP0003040099RU", "r", "f"};
        String[] names = {"action", "type", "order_id", "tracking_number", "reason", "resolved_by"};
        for (int i = 0; i < good.length; i++) {
            String[] cells = Arrays.copyOf(good, good.length);
            cells[i] = cells[i] + "\0";
            assertRejected(parse(cells), "bad format (" + names[i] + ")");
        }
    }

    @Test
    void wrongColumnCountComesFirst() {
        assertRejected(parse("REOPEN", "", ""), "wrong column count");
        assertRejected(parse("CLOSE", "WRONG_POINT", "X1", "", "r", "f", "extra"), "wrong column count");
    }

    @Test
    void theApostropheACopiedFormulaCellCarriesIsRemovedBeforeAnyCheck() {
        assertArrayEquals(new String[] {"WRITE_OFF", "", "-8100", "", "=SUM(A1)", "@finance"},
                assertAccepted(parse("WRITE_OFF", "", "'-8100", "", "'=SUM(A1)", "'@finance")));
        assertArrayEquals(new String[] {"CLOSE", "NOT_SHIPPED", "X1", "", "'quoted'", "o'brien"},
                assertAccepted(parse("CLOSE", "NOT_SHIPPED", "X1", "", "'quoted'", "o'brien")),
                "only a leading apostrophe before =, +, -, @, tab or CR");
        assertRejected(parse("CLOSE", "NOT_SHIPPED", "'X1", "", "r", "f"), "bad format (order_id)");
        assertEquals(ResolutionRowParser.unguarded("'\tx"), "\tx");
        assertEquals(ResolutionRowParser.unguarded("'"), "'");
    }

    @Test
    void identicalCellsAfterTheApostropheIsRemovedAreTheSameRow() {
        assertArrayEquals(parse("WRITE_OFF", "", "X1", "", "=A", "f").cells(),
                parse("WRITE_OFF", "", "X1", "", "'=A", "f").cells());
    }
}
