package com.pickupsettlement.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.pickupsettlement.support.UnitTest;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Figures for reading: thousands grouped, minor digits kept, the exact value beside them unchanged. */
@UnitTest
class NumbersTest {

    @ParameterizedTest
    @CsvSource({
        "0.00, 0.00",
        "5.10, 5.10",
        "999.99, 999.99",
        "1000.00, 1_000.00",
        "-1234.50, -1_234.50",
        "1234567.89, 1_234_567.89",
        "-100, -100",
        "100000, 100_000",
        "12345678901234, 12_345_678_901_234"})
    void amount_GroupsThousandsWithANarrowSpace(String exact, String readable) {
        BigDecimal value = new BigDecimal(exact);

        assertEquals(readable.replace('_', Numbers.GROUP), Numbers.amount(value));
        assertEquals(exact, Numbers.exact(value));
    }
}
