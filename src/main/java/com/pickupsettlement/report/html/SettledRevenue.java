package com.pickupsettlement.report.html;

import java.math.BigDecimal;

/** The orders settled on the date in one currency: how many, and their revenue (rulebook 5). */
public record SettledRevenue(String currency, long orders, BigDecimal revenue) {
    public SettledRevenue {
        Checks.currency(currency);
        Checks.count(orders, "orders");
        revenue = Checks.notNegative(Checks.amount(revenue, currency, "revenue"), "revenue");
    }
}
