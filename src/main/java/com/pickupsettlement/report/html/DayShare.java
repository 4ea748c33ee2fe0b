package com.pickupsettlement.report.html;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** A party's share_total of one date and currency, as in that date's summary (negative when reversals outweigh). */
public record DayShare(LocalDate date, String partyCode, String currency, BigDecimal shareTotal) {
    public DayShare {
        Objects.requireNonNull(date, "date");
        Checks.text(partyCode, "partyCode");
        Checks.currency(currency);
        shareTotal = Checks.amount(shareTotal, currency, "shareTotal");
    }
}
