package com.pickupsettlement.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Rulebook 5: each partner gets round_half_even(revenue x percent / 100) in the currency's minor
 * units, in party_code order; the marketplace keeps the remainder so the parts always add up.
 */
public final class RevenueShare {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A party's part of one order's revenue. */
    public record Part(String partyCode, BigDecimal sharePercent, BigDecimal amount) {
    }

    private RevenueShare() {
    }

    /** @param terms the parties in force, any order; exactly one marketplace */
    public static List<Part> allocate(BigDecimal revenue, String currency, List<AgreementTerm> terms) {
        int digits = CurrencyRules.minorDigits(currency);
        List<AgreementTerm> sorted = terms.stream()
                .sorted((a, b) -> a.partyCode().compareTo(b.partyCode())).toList();
        List<Part> parts = new ArrayList<>(sorted.size());
        BigDecimal partnersAmount = BigDecimal.ZERO;
        BigDecimal partnersPercent = BigDecimal.ZERO;
        int marketplaceIndex = -1;
        for (AgreementTerm term : sorted) {
            if (term.isPartner()) {
                BigDecimal share = revenue.multiply(term.sharePercent())
                        .divide(HUNDRED)
                        .setScale(digits, RoundingMode.HALF_EVEN);
                partnersAmount = partnersAmount.add(share);
                partnersPercent = partnersPercent.add(term.sharePercent());
                parts.add(new Part(term.partyCode(), term.sharePercent(), share));
            } else {
                marketplaceIndex = parts.size();
                parts.add(null);
            }
        }
        if (marketplaceIndex < 0) {
            throw new IllegalArgumentException("no marketplace in force");
        }
        // The marketplace's percent and amount are what the partners leave, so the parts add up exactly.
        parts.set(marketplaceIndex, new Part(sorted.get(marketplaceIndex).partyCode(),
                HUNDRED.subtract(partnersPercent), revenue.subtract(partnersAmount)));
        return parts;
    }
}
