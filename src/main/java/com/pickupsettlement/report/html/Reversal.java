package com.pickupsettlement.report.html;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Orders reversed on {@code reversedOn} that had settled on {@code originalSettlementDate}, in one
 * currency (rulebook 5).
 *
 * @param revenue the revenue those orders settled with, as a positive amount: what comes off
 */
public record Reversal(LocalDate reversedOn, LocalDate originalSettlementDate, String currency, long orders,
        BigDecimal revenue) {
    public Reversal {
        Objects.requireNonNull(reversedOn, "reversedOn");
        Objects.requireNonNull(originalSettlementDate, "originalSettlementDate");
        Checks.currency(currency);
        Checks.count(orders, "orders");
        revenue = Checks.notNegative(Checks.amount(revenue, currency, "revenue"), "revenue");
    }
}
