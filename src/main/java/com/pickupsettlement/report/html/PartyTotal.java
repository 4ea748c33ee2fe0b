package com.pickupsettlement.report.html;

import java.math.BigDecimal;

/**
 * One row of the summary (rulebook 6 and 10): what a party is owed in one currency, for the
 * date or the month, with the name finance knows it by (agreements.csv, may be Cyrillic).
 */
public record PartyTotal(String partyCode, String partyName, String currency, long shareLines,
        long reversalLines, BigDecimal revenueTotal, BigDecimal shareTotal) {
    public PartyTotal {
        Checks.text(partyCode, "partyCode");
        Checks.text(partyName, "partyName");
        Checks.currency(currency);
        Checks.count(shareLines, "shareLines");
        Checks.count(reversalLines, "reversalLines");
        revenueTotal = Checks.amount(revenueTotal, currency, "revenueTotal");
        shareTotal = Checks.amount(shareTotal, currency, "shareTotal");
    }
}
