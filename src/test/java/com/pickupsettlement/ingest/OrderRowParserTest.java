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
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.pickupsettlement.domain.BusinessDate;
import com.pickupsettlement.domain.Feed;
import com.pickupsettlement.ingest.csv.CsvRecord;
import com.pickupsettlement.support.UnitTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Rulebook 2.1 and 8: the field checks of the orders feed and their precedence. */
@UnitTest
class OrderRowParserTest {
    private static final BusinessDate DATE = BusinessDate.parse("2026-11-01");
    private static final String[] VALID = {"8100000000706151", "2026-10-12T00:07:02+03:00", "U464737044",
            "S9921315", "MSK-01", "RUB", "19551.12", "PAID", "2026-10-12T00:08:15+03:00"};
    private static final int ORDER_ID = 0;
    private static final int ORDER_TIME = 1;
    private static final int BUYER = 2;
    private static final int SELLER = 3;
    private static final int POINT = 4;
    private static final int CURRENCY = 5;
    private static final int AMOUNT = 6;
    private static final int STATUS = 7;
    private static final int UPDATED_AT = 8;

    private final OrderRowParser parser = new OrderRowParser(',');

    private StagedRow parse(String... cells) {
        return parser.parse(ParserTestSupport.record(',', cells), DATE);
    }

    private StagedRow parseWith(int index, String value) {
        return parse(with(VALID, index, value));
    }

    @Test
    void headerAndFeedAreTheRulebooks() {
        assertEquals("order_id,order_time,buyer_id,seller_id,pickup_point_id,currency,amount,status,updated_at",
                parser.header());
        assertEquals(',', parser.delimiter());
        assertEquals(Feed.ORDERS, parser.feed());
        assertEquals(OrderRowParser.COLUMNS, parser.typedColumns());
    }

    @Test
    void validRowIsAcceptedWithTypedValues() {
        StagedRow row = parse(VALID);
        String[] values = assertAccepted(row);
        assertArrayEquals(new String[] {"8100000000706151", "2026-10-12T00:07:02+03:00", "U464737044", "S9921315",
                "MSK-01", "RUB", "19551.12", "PAID", "2026-10-12T00:08:15+03:00"}, values);
        assertEquals(LINE, row.lineNumber());
        assertEquals(String.join(",", VALID), row.raw());
    }

    @Test
    void rowsWithEqualCellsHaveEqualIdentityAndOthersDiffer() {
        byte[] a = parse(VALID).cells();
        assertArrayEquals(a, parse(VALID.clone()).cells());
        assertFalse(Arrays.equals(a, parseWith(STATUS, "REFUNDED").cells()));
    }

    @Test
    void acceptedValuesAreTyped() {
        String[] v = assertAccepted(parse(with(with(with(VALID, ORDER_TIME, "2026-10-12T00:07:02.5Z"),
                UPDATED_AT, "2026-10-12T00:07-05:30"), AMOUNT, "100")));
        assertEquals("2026-10-12T00:07:02.500Z", v[ORDER_TIME]);
        assertEquals("2026-10-12T00:07-05:30", v[UPDATED_AT]);
        assertEquals("100", v[AMOUNT]);
    }

    @ParameterizedTest
    @CsvSource({
            "RUB, 7150.00, 7150.00",
            "RUB, 7150.5, 7150.5",
            "RUB, 0.01, 0.01",
            "USD, 12.34, 12.34",
            "JPY, 1500, 1500",
            "KWD, 1.234, 1.234"
    })
    void amountWithinTheCurrencysMinorDigitsIsAccepted(String currency, String amount, String expected) {
        String[] v = assertAccepted(parse(with(with(VALID, CURRENCY, currency), AMOUNT, amount)));
        assertEquals(expected, v[AMOUNT]);
        assertEquals(currency, v[CURRENCY]);
    }

    @Test
    void currencyWithoutMinorUnitsTakesNoDecimals() {
        // Java reports -1 fraction digits for XXX: rulebook 8 reads that as 0 decimals.
        assertEquals(-1, java.util.Currency.getInstance("XXX").getDefaultFractionDigits());
        assertEquals("5", assertAccepted(parse(with(with(VALID, CURRENCY, "XXX"), AMOUNT, "5")))[AMOUNT]);
        assertRejected(parse(with(with(VALID, CURRENCY, "XXX"), AMOUNT, "5.0")), "bad format (amount)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PAID", "CANCELLED", "REFUNDED"})
    void everyStatusIsAccepted(String status) {
        assertEquals(status, assertAccepted(parseWith(STATUS, status))[STATUS]);
    }

    @Test
    void idsAndPointsAtTheirMaximumLengthAreAccepted() {
        String id32 = "A-".repeat(16);
        assertAccepted(parseWith(ORDER_ID, id32));
        assertAccepted(parseWith(BUYER, "b".repeat(32)));
        assertAccepted(parseWith(SELLER, "s".repeat(32)));
        assertAccepted(parseWith(POINT, "P".repeat(16)));
        // Lengths count code points: 32 non-BMP characters are 64 UTF-16 chars but still fit.
        assertAccepted(parseWith(BUYER, nonBmp(32)));
    }

    // --- wrong column count ---

    @Test
    void tooFewColumnsIsWrongColumnCount() {
        assertRejected(parse(without(VALID, UPDATED_AT)), "wrong column count");
    }

    @Test
    void tooManyColumnsIsWrongColumnCount() {
        assertRejected(parse(plus(VALID, "")), "wrong column count");
    }

    @Test
    void columnCountComesBeforeAnyFieldFault() {
        assertRejected(parse("", "bad", "", "", "", "rub", "+1", "paid"), "wrong column count");
    }

    @Test
    void rejectedRowKeepsLineNumberAndRawText() {
        CsvRecord record = new CsvRecord(12, "a,\"b\nc\"", List.of("a", "b\nc"), false, -1);
        StagedRow row = parser.parse(record, DATE);
        assertRejected(row, "wrong column count");
        assertEquals(12, row.lineNumber());
        assertEquals("a,\"b\nc\"", row.raw());
    }

    // --- missing field ---

    @ParameterizedTest
    @ValueSource(ints = {ORDER_ID, ORDER_TIME, BUYER, SELLER, POINT, CURRENCY, AMOUNT, STATUS, UPDATED_AT})
    void emptyRequiredCellIsMissingField(int index) {
        assertRejected(parseWith(index, ""), "missing field");
    }

    // --- field too long ---

    @Test
    void orderIdOf33CharsIsTooLong() {
        assertRejected(parseWith(ORDER_ID, "1".repeat(33)), "field too long");
    }

    @Test
    void buyerSellerAndPointOverTheirLimitAreTooLong() {
        assertRejected(parseWith(BUYER, "b".repeat(33)), "field too long");
        assertRejected(parseWith(SELLER, "s".repeat(33)), "field too long");
        assertRejected(parseWith(POINT, "MSK-01-".repeat(2) + "XYZ"), "field too long");
        assertRejected(parseWith(BUYER, nonBmp(33)), "field too long");
    }

    // --- bad format ---

    @ParameterizedTest
    @ValueSource(strings = {"ABC_123", "ABC 123", "Заказ1", "A.B", "+123"})
    void orderIdWithAWrongCharacterIsBadFormat(String id) {
        assertRejected(parseWith(ORDER_ID, id), "bad format (order_id)");
    }

    @ParameterizedTest
    @CsvSource({
            "0, order_id", "1, order_time", "2, buyer_id", "3, seller_id", "4, pickup_point_id",
            "5, currency", "6, amount", "7, status", "8, updated_at"
    })
    void nulCharacterInAnyCellIsBadFormatOfThatField(int index, String name) {
        assertRejected(parseWith(index, VALID[index] + "\0"), "bad format (" + name + ")");
        assertRejected(parseWith(index, "\0"), "bad format (" + name + ")");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "2026-11-31T10:00+03:00",     // no 31 November
            "2026-02-29T10:00:00+03:00",  // not a leap year
            "2026-10-12T24:00+03:00",     // hours 00-23 only
            "2026-10-12T23:60:00+03:00",
            "2026-10-12T23:59:60+03:00",
            "2026-10-12 00:07:02+03:00",  // space instead of T
            "2026-10-12t00:07:02+03:00",  // lower-case t
            "2026-10-12T00:07:02z",       // lower-case z
            "2026-10-12T00:07:02",        // no offset
            "2026-10-12T00:07:02+0300",   // offset without colon
            "2026-10-12T00:07:02+03",
            "2026-10-12T00:07:02+19:00",  // not a real offset
            "2026-10-12T00:07:02.+03:00", // empty fraction
            "2026-10-12T00+03:00",
            "2026-10-12",
            "12.10.2026 00:07"
    })
    void malformedOrderTimeIsBadFormat(String time) {
        assertRejected(parseWith(ORDER_TIME, time), "bad format (order_time)");
        assertRejected(parseWith(UPDATED_AT, time), "bad format (updated_at)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+1", "1e3", "1E3", "1,000.00", "1 000.00", "1.", ".5", "-", "1.2.3", "12,50", "١٢"})
    void malformedAmountIsBadFormat(String amount) {
        assertRejected(parseWith(AMOUNT, amount), "bad format (amount)");
    }

    @Test
    void tooManyDecimalsForTheCurrencyIsBadFormat() {
        assertRejected(parseWith(AMOUNT, "7150.005"), "bad format (amount)");
        assertRejected(parse(with(with(VALID, CURRENCY, "JPY"), AMOUNT, "1500.0")), "bad format (amount)");
        assertRejected(parse(with(with(VALID, CURRENCY, "JPY"), AMOUNT, "1500.5")), "bad format (amount)");
        assertRejected(parse(with(with(VALID, CURRENCY, "KWD"), AMOUNT, "1.2345")), "bad format (amount)");
    }

    // --- out of range ---

    @ParameterizedTest
    @ValueSource(strings = {"0.00", "0", "-0.01", "-1", "-0"})
    void amountNotAboveZeroIsOutOfRange(String amount) {
        assertRejected(parseWith(AMOUNT, amount), "out of range");
    }

    // --- unknown code ---

    @ParameterizedTest
    @ValueSource(strings = {"paid", " PAID", "PAID ", "Paid", "SHIPPED", "PAID\t"})
    void statusOutsideTheListIsUnknownCode(String status) {
        assertRejected(parseWith(STATUS, status), "unknown code");
    }

    @ParameterizedTest
    @ValueSource(strings = {"rub", " RUB", "RUB ", "ZZZ", "RU", "RUBL", "Rub"})
    void currencyJavaDoesNotKnowIsUnknownCode(String currency) {
        assertRejected(parseWith(CURRENCY, currency), "unknown code");
    }

    // --- precedence ---

    @Test
    void fieldsAreCheckedLeftToRight() {
        // order_id missing beats everything to its right
        assertRejected(parse(with(with(VALID, ORDER_ID, ""), AMOUNT, "+1")), "missing field");
        // bad order_time beats a missing buyer
        assertRejected(parse(with(with(VALID, ORDER_TIME, "x"), BUYER, "")), "bad format (order_time)");
        // unknown currency beats a malformed amount
        assertRejected(parse(with(with(VALID, CURRENCY, "rub"), AMOUNT, "1e3")), "unknown code");
        // amount out of range beats an unknown status
        assertRejected(parse(with(with(VALID, AMOUNT, "0.00"), STATUS, " PAID")), "out of range");
        // unknown status beats a malformed updated_at
        assertRejected(parse(with(with(VALID, STATUS, "paid"), UPDATED_AT, "24:00")), "unknown code");
        // a too-long seller beats a missing pickup point
        assertRejected(parse(with(with(VALID, SELLER, "s".repeat(33)), POINT, "")), "field too long");
    }

    @Test
    void withinAFieldTooLongComesBeforeBadFormat() {
        assertRejected(parseWith(ORDER_ID, "_".repeat(33)), "field too long");
        assertRejected(parseWith(ORDER_ID, "\0".repeat(33)), "field too long");
    }

    @Test
    void withinAFieldBadFormatComesBeforeOutOfRange() {
        assertRejected(parseWith(AMOUNT, "-1.005"), "bad format (amount)");
        assertRejected(parseWith(AMOUNT, "-1e3"), "bad format (amount)");
    }

    @Test
    void unterminatedQuoteMakesThatCellBadFormat() {
        String text = "h\n" + String.join(",", without(VALID, UPDATED_AT)) + ",\"2026-10-12T00:08:15+03:00";
        CsvRecord record = ParserTestSupport.dataRecords(text, StandardCharsets.UTF_8, ',').get(0);
        assertEquals(true, record.unterminatedQuote());
        assertRejected(parser.parse(record, DATE), "bad format (updated_at)");
    }

    @Test
    void unterminatedQuoteDoesNotHideAnEarlierFault() {
        String text = "h\n" + String.join(",", with(without(VALID, UPDATED_AT), STATUS, "paid"))
                + ",\"2026-10-12T00:08:15+03:00";
        CsvRecord record = ParserTestSupport.dataRecords(text, StandardCharsets.UTF_8, ',').get(0);
        assertRejected(parser.parse(record, DATE), "unknown code");
    }

    @Test
    void quotedCellsAreCheckedAfterUnquoting() {
        String text = "h\n\"8100000000706151\",2026-10-12T00:07:02+03:00,\"U,1\",S9921315,MSK-01,RUB,\"19551.12\",PAID,"
                + "2026-10-12T00:08:15+03:00\r\n";
        CsvRecord record = ParserTestSupport.dataRecords(text, StandardCharsets.UTF_8, ',').get(0);
        String[] v = assertAccepted(parser.parse(record, DATE));
        assertEquals("U,1", v[BUYER]);
        assertEquals("19551.12", v[AMOUNT]);
        assertEquals(2, record.lineNumber());
    }
}
