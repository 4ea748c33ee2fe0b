package com.pickupsettlement.ingest;

import static com.pickupsettlement.ingest.ParserTestSupport.LINE;
import static com.pickupsettlement.ingest.ParserTestSupport.assertAccepted;
import static com.pickupsettlement.ingest.ParserTestSupport.assertRejected;
import static com.pickupsettlement.ingest.ParserTestSupport.plus;
import static com.pickupsettlement.ingest.ParserTestSupport.with;
import static com.pickupsettlement.ingest.ParserTestSupport.without;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.pickupsettlement.domain.BusinessDate;
import com.pickupsettlement.domain.Feed;
import com.pickupsettlement.ingest.csv.CsvRecord;
import com.pickupsettlement.support.UnitTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Rulebook 2.3 and 8: the field checks of the pickup events, the cut-off and their precedence. */
@UnitTest
class PickupRowParserTest {
    private static final BusinessDate DATE = BusinessDate.parse("2026-11-01");
    private static final String[] VALID = {"MSK01-20261019-00000089", "SP0001598841RU", "MSK-01", "ARRIVED",
            "2026-10-19 09:50:05", "op-016"};
    private static final int EVENT_ID = 0;
    private static final int TRACKING = 1;
    private static final int POINT = 2;
    private static final int TYPE = 3;
    private static final int TIME = 4;
    private static final int OPERATOR = 5;

    private final PickupRowParser parser = new PickupRowParser(',');

    private StagedRow parse(String... cells) {
        return parser.parse(ParserTestSupport.record(',', cells), DATE);
    }

    private StagedRow parseWith(int index, String value) {
        return parse(with(VALID, index, value));
    }

    @Test
    void headerAndFeedAreTheRulebooks() {
        assertEquals("event_id,tracking_number,point_id,event_type,event_time,operator_id", parser.header());
        assertEquals(Feed.PICKUPS, parser.feed());
        assertEquals(PickupRowParser.COLUMNS, parser.typedColumns());
    }

    @Test
    void validRowIsAcceptedWithTheEventTimeAsAnInstant() {
        StagedRow row = parse(VALID);
        String[] v = assertAccepted(row);
        assertArrayEquals(new String[] {"MSK01-20261019-00000089", "SP0001598841RU", "MSK-01", "ARRIVED",
                "2026-10-19T06:50:05Z", "op-016"}, v);
        assertEquals(Instant.parse("2026-10-19T06:50:05Z"), Instant.parse(v[TIME]));
        assertEquals(LINE, row.lineNumber());
        assertEquals(String.join(",", VALID), row.raw());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ARRIVED", "HANDED_OVER", "REFUSED", "RETURNED"})
    void everyEventTypeIsAccepted(String type) {
        assertEquals(type, assertAccepted(parseWith(TYPE, type))[TYPE]);
    }

    @Test
    void operatorMayBeEmptyOrAnyText() {
        assertEquals("", assertAccepted(parseWith(OPERATOR, ""))[OPERATOR]);
        assertEquals("Оператор, смена 2", assertAccepted(parseWith(OPERATOR, "Оператор, смена 2"))[OPERATOR]);
    }

    @Test
    void limitsAreAccepted() {
        assertAccepted(parseWith(EVENT_ID, "e".repeat(40)));
        assertAccepted(parseWith(TRACKING, "12345678"));
        assertAccepted(parseWith(TRACKING, "Z".repeat(20)));
        assertAccepted(parseWith(POINT, "P".repeat(16)));
    }

    // --- event in the future ---

    @Test
    void lastSecondBeforeTheCutOffIsAccepted() {
        String[] v = assertAccepted(parseWith(TIME, "2026-11-01 23:59:59"));
        assertEquals("2026-11-01T20:59:59Z", v[TIME]);
    }

    @Test
    void eventExactlyAtTheCutOffIsInTheFuture() {
        assertRejected(parseWith(TIME, "2026-11-02 00:00:00"), "event in the future");
    }

    @Test
    void eventLaterThanTheCutOffIsInTheFuture() {
        assertRejected(parseWith(TIME, "2026-11-02 00:00:01"), "event in the future");
        assertRejected(parseWith(TIME, "2027-01-01 12:00:00"), "event in the future");
    }

    @Test
    void theCutOffFollowsTheBusinessDate() {
        StagedRow row = parser.parse(ParserTestSupport.record(',', with(VALID, TIME, "2026-11-02 00:00:00")),
                BusinessDate.parse("2026-11-02"));
        assertEquals("2026-11-01T21:00:00Z", assertAccepted(row)[TIME]);
    }

    // --- wrong column count ---

    @Test
    void wrongColumnCount() {
        assertRejected(parse(without(VALID, OPERATOR)), "wrong column count");
        assertRejected(parse(plus(VALID, "x")), "wrong column count");
        assertRejected(parse(plus(with(VALID, TIME, "2030-01-01 00:00:00"), "x")), "wrong column count");
    }

    // --- missing field ---

    @ParameterizedTest
    @ValueSource(ints = {EVENT_ID, TRACKING, POINT, TYPE, TIME})
    void emptyRequiredCellIsMissingField(int index) {
        assertRejected(parseWith(index, ""), "missing field");
    }

    // --- field too long ---

    @Test
    void overLongCellsAreTooLong() {
        assertRejected(parseWith(EVENT_ID, "e".repeat(41)), "field too long");
        assertRejected(parseWith(TRACKING, "A".repeat(21)), "field too long");
        assertRejected(parseWith(POINT, "P".repeat(17)), "field too long");
    }

    // --- bad format ---

    @Test
    void shortOrLowerCaseTrackingIsBadFormat() {
        assertRejected(parseWith(TRACKING, "SP00015"), "bad format (tracking_number)");
        assertRejected(parseWith(TRACKING, "sp0001598841ru"), "bad format (tracking_number)");
    }

    @ParameterizedTest
    @CsvSource({"0, event_id", "1, tracking_number", "2, point_id", "3, event_type", "4, event_time",
            "5, operator_id"})
    void nulCharacterInAnyCellIsBadFormatOfThatField(int index, String name) {
        assertRejected(parseWith(index, VALID[index] + "\0"), "bad format (" + name + ")");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "2026-11-31 10:00:00",   // no 31 November
            "2026-10-19 24:00:00",   // hours 00-23 only
            "2026-10-19 23:60:00",
            "2026-10-19 23:59:60",
            "2026-10-19T09:50:05",
            "2026-10-19 09:50",
            "2026-10-19 09:50:05.000",
            "2026-10-19 09:50:05+03:00",
            "19.10.2026 09:50:05",
            "2026-10-19  09:50:05"
    })
    void malformedEventTimeIsBadFormat(String value) {
        assertRejected(parseWith(TIME, value), "bad format (event_time)");
    }

    // --- unknown code ---

    @ParameterizedTest
    @ValueSource(strings = {"arrived", " ARRIVED", "ARRIVED ", "PICKED_UP", "HANDED OVER"})
    void unknownEventTypeIsUnknownCode(String value) {
        assertRejected(parseWith(TYPE, value), "unknown code");
    }

    // --- precedence ---

    @Test
    void fieldsAreCheckedLeftToRight() {
        assertRejected(parse(with(with(VALID, EVENT_ID, ""), TRACKING, "x")), "missing field");
        assertRejected(parse(with(with(VALID, TRACKING, "x"), POINT, "")), "bad format (tracking_number)");
        assertRejected(parse(with(with(VALID, TYPE, "arrived"), TIME, "2030-01-01 00:00:00")), "unknown code");
        assertRejected(parse(with(with(VALID, TIME, "2030-01-01 00:00:00"), OPERATOR, "op\0")), "event in the future");
    }

    @Test
    void badFormatOfEventTimeComesBeforeTheFutureCheck() {
        assertRejected(parseWith(TIME, "2030-02-30 00:00:00"), "bad format (event_time)");
    }

    @Test
    void withinAFieldTooLongComesBeforeBadFormat() {
        assertRejected(parseWith(TRACKING, "a".repeat(21)), "field too long");
        assertRejected(parseWith(EVENT_ID, "\0".repeat(41)), "field too long");
    }

    @Test
    void rowReadFromAUtf8FileWithBomAndCrlf() {
        String text = "\uFEFFevent_id,tracking_number,point_id,event_type,event_time,operator_id\r\n"
                + "E1,SP0001598841RU,MSK-01,HANDED_OVER,2026-11-01 10:00:00,\r\n"
                + "E2,SP0001598841RU,MSK-01,HANDED_OVER,2026-11-02 00:00:00,op\r\n";
        var records = ParserTestSupport.dataRecords(text, StandardCharsets.UTF_8, ',');
        StagedRow first = parser.parse(records.get(0), DATE);
        assertEquals("2026-11-01T07:00:00Z", assertAccepted(first)[TIME]);
        assertEquals("", ((PickupRow) first.typed()).operatorId());
        assertEquals(2, first.lineNumber());
        StagedRow second = parser.parse(records.get(1), DATE);
        assertRejected(second, "event in the future");
        assertEquals(3, second.lineNumber());
        assertEquals("E2,SP0001598841RU,MSK-01,HANDED_OVER,2026-11-02 00:00:00,op", second.raw());
    }

    @Test
    void unterminatedQuotedOperatorIsBadFormat() {
        String text = "h\nE1,SP0001598841RU,MSK-01,ARRIVED,2026-10-19 09:50:05,\"op-016";
        CsvRecord record = ParserTestSupport.dataRecords(text, StandardCharsets.UTF_8, ',').get(0);
        assertRejected(parser.parse(record, DATE), "bad format (operator_id)");
    }
}
