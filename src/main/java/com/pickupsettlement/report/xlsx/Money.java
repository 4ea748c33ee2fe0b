package com.pickupsettlement.report.xlsx;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The value of an AMOUNT cell: the amount and its currency's minor digits, which set the cell's
 * number format (0, 0.00, 0.000, ...). An amount with more decimals than that is refused when
 * written: the format would round what finance sees.
 */
public record Money(BigDecimal amount, int minorDigits) {
    public Money {
        Objects.requireNonNull(amount, "amount");
        if (minorDigits < 0 || minorDigits > 15) {
            throw new IllegalArgumentException("minor digits out of range: " + minorDigits);
        }
    }
}
