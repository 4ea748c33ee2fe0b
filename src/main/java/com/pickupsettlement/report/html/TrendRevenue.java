package com.pickupsettlement.report.html;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** Net revenue of a trend date in one currency: settled minus reversed, so it may be negative. */
public record TrendRevenue(LocalDate date, String currency, BigDecimal netRevenue) {
    public TrendRevenue {
        Objects.requireNonNull(date, "date");
        Checks.currency(currency);
        netRevenue = Checks.amount(netRevenue, currency, "netRevenue");
    }
}
