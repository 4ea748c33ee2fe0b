package com.pickupsettlement.report.html;

import com.pickupsettlement.domain.CurrencyRules;
import java.math.BigDecimal;
import java.util.Collection;

/** Sums of model amounts that keep the currency's minor digits, so a sum of nothing still reads 0.00. */
final class Money {
    private Money() {
    }

    static BigDecimal zero(String currency) {
        return BigDecimal.ZERO.setScale(CurrencyRules.minorDigits(currency));
    }

    static BigDecimal sum(String currency, Collection<BigDecimal> amounts) {
        return amounts.stream().reduce(zero(currency), BigDecimal::add);
    }
}
