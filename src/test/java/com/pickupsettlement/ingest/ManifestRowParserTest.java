package com.pickupsettlement.ingest;

import static com.pickupsettlement.ingest.ParserTestSupport.LINE;
import static com.pickupsettlement.ingest.ParserTestSupport.assertAccepted;
import static com.pickupsettlement.ingest.ParserTestSupport.assertRejected;
import static com.pickupsettlement.ingest.ParserTestSupport.nonBmp;
import static com.pickupsettlement.ingest.ParserTestSupport.plus;
import static com.pickupsettlement.ingest.ParserTestSupport.with;
import static com.pickupsettlement.ingest.ParserTestSupport.without;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.pickupsettlement.domain.BusinessDate;
import com.pickupsettlement.domain.Feed;
import com.pickupsettlement.ingest.csv.CsvRecord;
import com.pickupsettlement.support.UnitTest;
import java.nio.charset.Charset;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Rulebook 2.2 and 8: the field checks of the carrier's manifest and their precedence. */
@UnitTest
class ManifestRowParserTest {
    private static final Charset CP1251 = Charset.forName("windows-1251");
    private static final BusinessDate DATE = BusinessDate.parse("2026-11-01");
    private static final String HEADER = "manifest_id;tracking_number;order_id;parcel_no;parcel_count;dispatched_at;"
            + "declared_value;currency;weight_kg;destination_point_id;comment";
    private static final String[] VALID = {"SPSR-20261013-01", "SP0001448380RU", "8100000002277086", "1", "1",
            "13.10.2026 08:42", "100,59", "USD", "1,764", "MSK-02", "Упаковка целая"};
    private static final int MANIFEST_ID = 0;
    private static final int TRACKING = 1;
    private static final int ORDER_ID = 2;
    private static final int PARCEL_NO = 3;
    private static final int PARCEL_COUNT = 4;
    private static final int DISPATCHED = 5;
    private static final int DECLARED = 6;
    private static final int CURRENCY = 7;
    private static final int WEIGHT = 8;
    private static final int DESTINATION = 9;
    private static final int COMMENT = 10;

    private final ManifestRowParser parser = new ManifestRowParser(';');

    private StagedRow parse(String... cells) {
        return parser.parse(ParserTestSupport.record(';', cells), DATE);
    }

    private StagedRow parseWith(int index, String value) {
        return parse(with(VALID, index, value));
    }

    private StagedRow parcels(String no, String count) {
        return parse(with(with(VALID, PARCEL_NO, no), PARCEL_COUNT, count));
    }

    @Test
    void headerAndFeedAreTheRulebooks() {
        assertEquals(HEADER, parser.header());
        assertEquals(';', parser.delimiter());
        assertEquals(Feed.MANIFEST, parser.feed());
        assertEquals(11, parser.typedColumns().size());
    }

    @Test
    void validRowIsAcceptedWithTypedValues() {
        StagedRow row = parse(VALID);
        String[] v = assertAccepted(row);
        assertArrayEquals(new String[] {"SPSR-20261013-01", "SP0001448380RU", "8100000002277086", "1", "1",
                "2026-10-13T08:42+03:00", "100.59", "USD", "1.764", "MSK-02", "Упаковка целая"}, v);
        assertEquals(LINE, row.lineNumber());
        assertEquals(String.join(";", VALID), row.raw());
        assertEquals(OffsetDateTime.parse("2026-10-13T05:42Z").toInstant(),
                OffsetDateTime.parse(v[DISPATCHED]).toInstant(), "dispatched_at is Moscow wall-clock time");
    }

    @Test
    void decimalCommaValuesBecomePlainDecimals() {
        String[] v = assertAccepted(parse(with(with(VALID, DECLARED, "1234,50"), WEIGHT, "0,350")));
        assertEquals("1234.50", v[DECLARED]);
        assertEquals("0.350", v[WEIGHT]);
    }

    @Test
    void declaredValueMayBeZeroAndHaveAnyNumberOfDecimals() {
        assertEquals("0", assertAccepted(parseWith(DECLARED, "0"))[DECLARED]);
        assertEquals("0.00", assertAccepted(parseWith(DECLARED, "0,00"))[DECLARED]);
        assertEquals("1.234567", assertAccepted(parseWith(DECLARED, "1,234567"))[DECLARED]);
        assertEquals("0.000001", assertAccepted(parseWith(WEIGHT, "0,000001"))[WEIGHT]);
        assertEquals("12", assertAccepted(parseWith(WEIGHT, "12"))[WEIGHT]);
    }

    @Test
    void manifestIdAndCommentMayBeEmpty() {
        String[] v = assertAccepted(parse(with(with(VALID, MANIFEST_ID, ""), COMMENT, "")));
        assertEquals("", v[MANIFEST_ID]);
        assertEquals("", v[COMMENT]);
    }

    @Test
    void parcelNumbersAtTheLimitsAreAccepted() {
        String[] v = assertAccepted(parcels("99", "99"));
        assertEquals("99", v[PARCEL_NO]);
        assertEquals("99", v[PARCEL_COUNT]);
        v = assertAccepted(parcels("1", "99"));
        assertEquals("1", v[PARCEL_NO]);
        v = assertAccepted(parcels("002", "0003"));
        assertEquals("2", v[PARCEL_NO]);
        assertEquals("3", v[PARCEL_COUNT]);
    }

    @Test
    void trackingAndIdsAtTheirLimitsAreAccepted() {
        assertAccepted(parseWith(TRACKING, "ABCD1234"));
        assertAccepted(parseWith(TRACKING, "A".repeat(20)));
        assertAccepted(parseWith(ORDER_ID, "x".repeat(32)));
        assertAccepted(parseWith(DESTINATION, "D".repeat(16)));
    }

    @Test
    void commentOf200CodePointsIsAcceptedEvenWhenOutsideTheBmp() {
        assertEquals("ж".repeat(200), assertAccepted(parseWith(COMMENT, "ж".repeat(200)))[COMMENT]);
        String astral = nonBmp(200);
        assertEquals(400, astral.length());
        assertEquals(astral, assertAccepted(parseWith(COMMENT, astral))[COMMENT]);
        assertEquals("a" + nonBmp(199), assertAccepted(parseWith(COMMENT, "a" + nonBmp(199)))[COMMENT]);
    }

    @Test
    void multiLineCyrillicCommentFromAWindows1251FileIsAcceptedIntact() {
        String comment = "Коробка помята; \"хрупкое\"\r\nзвонить заранее";
        String line = "SPSR-1;SP0001448380RU;8100000002277086;1;2;13.10.2026 08:42;1234,50;RUB;0,350;MSK-01;"
                + "\"Коробка помята; \"\"хрупкое\"\"\r\nзвонить заранее\"";
        String text = HEADER + "\r\n\r\n" + line + "\r\nTRAILER;1\r\n";
        List<CsvRecord> records = ParserTestSupport.dataRecords(text, CP1251, ';');
        StagedRow row = parser.parse(records.get(0), DATE);
        String[] v = assertAccepted(row);
        assertEquals(comment, v[COMMENT]);
        assertEquals("1234.50", v[DECLARED]);
        assertEquals("2", v[PARCEL_COUNT]);
        assertEquals(3, row.lineNumber());
        assertEquals(line, row.raw());
        // The trailer is not a data row of this parser: it has the wrong column count.
        assertRejected(parser.parse(records.get(1), DATE), "wrong column count");
    }

    // --- wrong column count ---

    @Test
    void wrongColumnCount() {
        assertRejected(parse(without(VALID, COMMENT)), "wrong column count");
        assertRejected(parse(plus(VALID, "extra")), "wrong column count");
        assertRejected(parse(with(without(VALID, COMMENT), TRACKING, "x")), "wrong column count");
    }

    @Test
    void unquotedSemicolonInACommentShiftsTheColumns() {
        String text = HEADER + "\n" + String.join(";", with(VALID, COMMENT, "a;b")) + "\n";
        CsvRecord record = ParserTestSupport.dataRecords(text, CP1251, ';').get(0);
        assertRejected(parser.parse(record, DATE), "wrong column count");
    }

    // --- missing field ---

    @ParameterizedTest
    @ValueSource(ints = {TRACKING, ORDER_ID, PARCEL_NO, PARCEL_COUNT, DISPATCHED, DECLARED, CURRENCY, WEIGHT, DESTINATION})
    void emptyRequiredCellIsMissingField(int index) {
        assertRejected(parseWith(index, ""), "missing field");
    }

    // --- field too long ---

    @Test
    void trackingOf21IsTooLong() {
        assertRejected(parseWith(TRACKING, "A".repeat(21)), "field too long");
        assertRejected(parseWith(TRACKING, "a".repeat(21)), "field too long");
    }

    @Test
    void orderIdOf33IsTooLong() {
        assertRejected(parseWith(ORDER_ID, "1".repeat(33)), "field too long");
    }

    @Test
    void destinationOf17IsTooLong() {
        assertRejected(parseWith(DESTINATION, "M".repeat(17)), "field too long");
    }

    @Test
    void commentOf201CodePointsIsTooLong() {
        assertRejected(parseWith(COMMENT, "ж".repeat(201)), "field too long");
        assertRejected(parseWith(COMMENT, nonBmp(201)), "field too long");
    }

    // --- bad format ---

    @ParameterizedTest
    @ValueSource(strings = {"SP00014", "A", "sp0001448380ru", "SP-0001448380", "SP0001448380RÜ", "SP 00014483",
            "SP0001448380RU\t"})
    void trackingShortOrWithAWrongCharacterIsBadFormat(String tracking) {
        assertRejected(parseWith(TRACKING, tracking), "bad format (tracking_number)");
    }

    @Test
    void trackingShorterThanEightIsBadFormatNotMissing() {
        assertRejected(parseWith(TRACKING, "ABC1234"), "bad format (tracking_number)");
    }

    @Test
    void orderIdWithAWrongCharacterIsBadFormat() {
        assertRejected(parseWith(ORDER_ID, "8100_0001"), "bad format (order_id)");
    }

    @ParameterizedTest
    @CsvSource({
            "0, manifest_id", "1, tracking_number", "2, order_id", "3, parcel_no", "4, parcel_count",
            "5, dispatched_at", "6, declared_value", "7, currency", "8, weight_kg",
            "9, destination_point_id", "10, comment"
    })
    void nulCharacterInAnyCellIsBadFormatOfThatField(int index, String name) {
        assertRejected(parseWith(index, VALID[index] + "\0"), "bad format (" + name + ")");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+1", "1.0", "1,0", "a", "1e3", "-", " 1", "1 "})
    void malformedParcelNoIsBadFormat(String value) {
        assertRejected(parseWith(PARCEL_NO, value), "bad format (parcel_no)");
        assertRejected(parseWith(PARCEL_COUNT, value), "bad format (parcel_count)");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "31.11.2026 10:00",   // no 31 November
            "29.02.2026 10:00",
            "13.10.2026 24:00",   // hours 00-23 only
            "13.10.2026 23:60",
            "13.13.2026 10:00",
            "2026-10-13 08:42",
            "13.10.2026 8:42",
            "13.10.2026 08:42:00",
            "13/10/2026 08:42",
            "13.10.2026T08:42",
            "13.10.26 08:42"
    })
    void malformedDispatchedAtIsBadFormat(String value) {
        assertRejected(parseWith(DISPATCHED, value), "bad format (dispatched_at)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234.50", "+1", "1e3", "1,000.00", "1 234,50", "1.234,50", "1,", ",5", "12,3,4", "--1"})
    void malformedDecimalCommaIsBadFormat(String value) {
        assertRejected(parseWith(DECLARED, value), "bad format (declared_value)");
        assertRejected(parseWith(WEIGHT, value), "bad format (weight_kg)");
    }

    // --- out of range ---

    @ParameterizedTest
    @CsvSource({
            "0, 1",      // parcel_no 0
            "2, 1",      // parcel_no > parcel_count
            "100, 100",  // parcel_count 100
            "1, 100",
            "-1, 1",
            "1, -1",
            "0, 0",
            "123456789012345678901234567890, 1"  // any number of digits is well-formed
    })
    void parcelNumbersOutsideTheRangeAreOutOfRange(String no, String count) {
        assertRejected(parcels(no, count), "out of range");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0,01", "-1", "-1234,50"})
    void negativeDeclaredValueIsOutOfRange(String value) {
        assertRejected(parseWith(DECLARED, value), "out of range");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0,000", "-0,350", "-1"})
    void weightNotAboveZeroIsOutOfRange(String value) {
        assertRejected(parseWith(WEIGHT, value), "out of range");
    }

    // --- unknown code ---

    @ParameterizedTest
    @ValueSource(strings = {"rub", " RUB", "RUB ", "ZZZ", "РУБ"})
    void unknownCurrencyIsUnknownCode(String value) {
        assertRejected(parseWith(CURRENCY, value), "unknown code");
    }

    // --- precedence ---

    @Test
    void parcelRangeIsCheckedBeforeTheNextField() {
        assertRejected(parse(with(with(VALID, PARCEL_NO, "0"), DISPATCHED, "31.11.2026 10:00")), "out of range");
        assertRejected(parse(with(with(VALID, PARCEL_COUNT, "100"), DECLARED, "")), "out of range");
        assertRejected(parse(with(with(with(VALID, PARCEL_NO, "3"), PARCEL_COUNT, "2"), CURRENCY, "rub")),
                "out of range");
    }

    @Test
    void parcelFormatOfBothComesBeforeTheirRange() {
        // parcel_no out of range but parcel_count malformed: both are checked as integers first
        assertRejected(parcels("0", "x"), "bad format (parcel_count)");
        assertRejected(parcels("5", "1.5"), "bad format (parcel_count)");
        assertRejected(parcels("0", ""), "missing field");
        assertRejected(parcels("+1", "x"), "bad format (parcel_no)");
    }

    @Test
    void fieldsAreCheckedLeftToRight() {
        assertRejected(parse(with(with(VALID, TRACKING, "SHORT"), ORDER_ID, "bad_id")), "bad format (tracking_number)");
        assertRejected(parse(with(with(VALID, MANIFEST_ID, "m\0"), TRACKING, "")), "bad format (manifest_id)");
        assertRejected(parse(with(with(VALID, ORDER_ID, ""), PARCEL_NO, "0")), "missing field");
        assertRejected(parse(with(with(VALID, DISPATCHED, "24:00"), DECLARED, "-1")), "bad format (dispatched_at)");
        assertRejected(parse(with(with(VALID, DECLARED, "-1"), CURRENCY, "rub")), "out of range");
        assertRejected(parse(with(with(VALID, CURRENCY, "rub"), WEIGHT, "0")), "unknown code");
        assertRejected(parse(with(with(VALID, WEIGHT, "0"), DESTINATION, "")), "out of range");
        assertRejected(parse(with(with(VALID, DESTINATION, ""), COMMENT, "x".repeat(201))), "missing field");
    }

    @Test
    void withinAFieldTooLongComesBeforeBadFormat() {
        assertRejected(parseWith(TRACKING, "a-".repeat(11)), "field too long");
        assertRejected(parseWith(COMMENT, "\0".repeat(201)), "field too long");
    }

    @Test
    void withinAFieldBadFormatComesBeforeOutOfRange() {
        assertRejected(parseWith(DECLARED, "-1.5"), "bad format (declared_value)");
        assertRejected(parseWith(WEIGHT, "-0.5"), "bad format (weight_kg)");
    }

    @Test
    void cellsAreNeverTrimmed() {
        assertRejected(parseWith(TRACKING, " SP0001448380RU"), "bad format (tracking_number)");
        assertRejected(parseWith(PARCEL_NO, " 1"), "bad format (parcel_no)");
        assertRejected(parseWith(DISPATCHED, "13.10.2026 08:42 "), "bad format (dispatched_at)");
    }
}
