package com.pickupsettlement.report.html;

import java.math.BigDecimal;

/** Orders of one currency that an open BLOCKING exception keeps from settling at the date, and their revenue. */
public record HeldBack(String currency, long orders, BigDecimal revenue) {
    public HeldBack {
        Checks.currency(currency);
        Checks.count(orders, "orders");
        revenue = Checks.notNegative(Checks.amount(revenue, currency, "revenue"), "revenue");
    }
}
