package com.pickupsettlement.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.pickupsettlement.domain.AgreementTerm.Role;
import com.pickupsettlement.domain.RevenueShare.Part;
import com.pickupsettlement.support.UnitTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Rulebook 5: partners get round_half_even(revenue x percent / 100); the marketplace the rest. */
@UnitTest
class RevenueShareTest {
    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);

    private static AgreementTerm marketplace(String code) {
        return new AgreementTerm(code, code, Role.MARKETPLACE, null, FROM, null);
    }

    private static AgreementTerm partner(String code, String percent) {
        return new AgreementTerm(code, code, Role.PARTNER, new BigDecimal(percent), FROM, null);
    }

    private static final List<AgreementTerm> SAMPLE = List.of(
            marketplace("ALIEXPRESS"), partner("SPSR", "3.5"), partner("CSL", "1.5"));

    private static BigDecimal amountOf(List<Part> parts, String party) {
        return parts.stream().filter(p -> p.partyCode().equals(party)).findFirst().orElseThrow().amount();
    }

    private static BigDecimal percentOf(List<Part> parts, String party) {
        return parts.stream().filter(p -> p.partyCode().equals(party)).findFirst().orElseThrow().sharePercent();
    }

    private static void assertAmount(String expected, BigDecimal actual) {
        assertEquals(new BigDecimal(expected), actual, () -> "expected " + expected + " but was " + actual);
    }

    private static BigDecimal sum(List<Part> parts) {
        return parts.stream().map(Part::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void sampleAgreementSplitsAnOrderInPartyCodeOrder() {
        List<Part> parts = RevenueShare.allocate(new BigDecimal("19551.12"), "RUB", SAMPLE);
        assertEquals(List.of("ALIEXPRESS", "CSL", "SPSR"), parts.stream().map(Part::partyCode).toList());
        assertAmount("684.29", amountOf(parts, "SPSR"));       // 684.2892
        assertAmount("293.27", amountOf(parts, "CSL"));        // 293.2668
        assertAmount("18573.56", amountOf(parts, "ALIEXPRESS"));
        assertEquals(0, new BigDecimal("95").compareTo(percentOf(parts, "ALIEXPRESS")));
        assertEquals(0, new BigDecimal("3.5").compareTo(percentOf(parts, "SPSR")));
        assertEquals(0, new BigDecimal("1.5").compareTo(percentOf(parts, "CSL")));
        assertAmount("19551.12", sum(parts));
    }

    @Test
    void shareBelowHalfAMinorUnitRoundsDown() {
        // 3.5 % of 0.30 = 0.0105 -> 0.01
        List<Part> parts = RevenueShare.allocate(new BigDecimal("0.30"), "RUB", SAMPLE);
        assertAmount("0.01", amountOf(parts, "SPSR"));
        // 1.5 % of 0.30 = 0.0045 -> 0.00
        assertAmount("0.00", amountOf(parts, "CSL"));
        assertAmount("0.29", amountOf(parts, "ALIEXPRESS"));
    }

    @Test
    void exactHalfOfAMinorUnitRoundsToEven() {
        List<AgreementTerm> terms = List.of(marketplace("M"), partner("A", "1.5"), partner("B", "2.5"),
                partner("C", "3.5"), partner("D", "0.5"));
        List<Part> parts = RevenueShare.allocate(new BigDecimal("1.00"), "RUB", terms);
        assertAmount("0.02", amountOf(parts, "A")); // 0.015 -> 0.02 (up to even)
        assertAmount("0.02", amountOf(parts, "B")); // 0.025 -> 0.02 (down to even)
        assertAmount("0.04", amountOf(parts, "C")); // 0.035 -> 0.04
        assertAmount("0.00", amountOf(parts, "D")); // 0.005 -> 0.00
        assertAmount("0.92", amountOf(parts, "M"));
        assertEquals(0, new BigDecimal("92").compareTo(percentOf(parts, "M")));
    }

    @Test
    void halfEvenIsNotHalfUp() {
        // 2.5 % of 10.10 = 0.2525 -> 0.25 ; 5 % of 0.50 = 0.025 -> 0.02 ; 5 % of 0.70 = 0.035 -> 0.04
        assertAmount("0.25", amountOf(RevenueShare.allocate(new BigDecimal("10.10"), "RUB",
                List.of(marketplace("M"), partner("P", "2.5"))), "P"));
        assertAmount("0.02", amountOf(RevenueShare.allocate(new BigDecimal("0.50"), "RUB",
                List.of(marketplace("M"), partner("P", "5"))), "P"));
        assertAmount("0.04", amountOf(RevenueShare.allocate(new BigDecimal("0.70"), "RUB",
                List.of(marketplace("M"), partner("P", "5"))), "P"));
    }

    @Test
    void zeroDecimalCurrencyRoundsToWholeUnits() {
        List<Part> parts = RevenueShare.allocate(new BigDecimal("999"), "JPY", SAMPLE);
        assertAmount("35", amountOf(parts, "SPSR"));  // 34.965
        assertAmount("15", amountOf(parts, "CSL"));   // 14.985
        assertAmount("949", amountOf(parts, "ALIEXPRESS"));

        List<AgreementTerm> halves = List.of(marketplace("M"), partner("A", "2.5"), partner("B", "3.5"));
        List<Part> even = RevenueShare.allocate(new BigDecimal("100"), "JPY", halves);
        assertAmount("2", amountOf(even, "A"));  // 2.5 -> 2
        assertAmount("4", amountOf(even, "B"));  // 3.5 -> 4
        assertAmount("94", amountOf(even, "M"));
    }

    @Test
    void threeDecimalCurrencyKeepsThreeDecimals() {
        List<Part> parts = RevenueShare.allocate(new BigDecimal("1.000"), "KWD",
                List.of(marketplace("M"), partner("P", "0.25")));
        assertAmount("0.002", amountOf(parts, "P")); // 0.0025 -> 0.002
        assertAmount("0.998", amountOf(parts, "M"));
    }

    @Test
    void zeroPercentPartnerGetsAZeroLine() {
        List<Part> parts = RevenueShare.allocate(new BigDecimal("100.00"), "RUB",
                List.of(marketplace("M"), partner("ZERO", "0"), partner("P", "10")));
        assertEquals(3, parts.size());
        assertAmount("0.00", amountOf(parts, "ZERO"));
        assertEquals(0, BigDecimal.ZERO.compareTo(percentOf(parts, "ZERO")));
        assertAmount("10.00", amountOf(parts, "P"));
        assertAmount("90.00", amountOf(parts, "M"));
    }

    @Test
    void partnersTakingEverythingLeaveTheMarketplaceZero() {
        List<Part> parts = RevenueShare.allocate(new BigDecimal("250.00"), "RUB",
                List.of(partner("A", "60"), marketplace("M"), partner("B", "40")));
        assertAmount("150.00", amountOf(parts, "A"));
        assertAmount("100.00", amountOf(parts, "B"));
        assertEquals(0, amountOf(parts, "M").signum());
        assertEquals(0, percentOf(parts, "M").signum());
    }

    @Test
    void marketplaceTakesTheRoundingRemainderEvenAtZeroPercent() {
        // 50 % of 0.01 = 0.005 -> 0.00 for each partner: the marketplace keeps revenue - sum of shares.
        List<Part> parts = RevenueShare.allocate(new BigDecimal("0.01"), "RUB",
                List.of(marketplace("M"), partner("A", "50"), partner("B", "50")));
        assertAmount("0.00", amountOf(parts, "A"));
        assertAmount("0.00", amountOf(parts, "B"));
        assertAmount("0.01", amountOf(parts, "M"));
        assertEquals(0, percentOf(parts, "M").signum());
    }

    @Test
    void marketplacePercentIsHundredMinusThePartners() {
        List<Part> parts = RevenueShare.allocate(new BigDecimal("10.00"), "RUB",
                List.of(marketplace("M"), partner("A", "3.75"), partner("B", "1.5"), partner("C", "0.0001")));
        assertEquals(0, new BigDecimal("94.7499").compareTo(percentOf(parts, "M")));
        assertEquals(0, new BigDecimal("3.75").compareTo(percentOf(parts, "A")));
    }

    @Test
    void marketplaceAloneKeepsEverything() {
        List<Part> parts = RevenueShare.allocate(new BigDecimal("42.50"), "RUB", List.of(marketplace("M")));
        assertEquals(1, parts.size());
        assertAmount("42.50", amountOf(parts, "M"));
        assertEquals(0, new BigDecimal("100").compareTo(percentOf(parts, "M")));
    }

    @Test
    void noMarketplaceIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> RevenueShare.allocate(BigDecimal.TEN, "RUB", List.of(partner("P", "5"))));
    }

    @Test
    void partsAlwaysAddUpToTheRevenueExactly() {
        Random random = new Random(20261101L);
        String[] currencies = {"RUB", "USD", "JPY", "KWD", "CNY"};
        for (int i = 0; i < 5000; i++) {
            String currency = currencies[random.nextInt(currencies.length)];
            int digits = CurrencyRules.minorDigits(currency);
            BigDecimal revenue = BigDecimal.valueOf(1 + (long) random.nextInt(10_000_000), digits);
            List<AgreementTerm> terms = new ArrayList<>();
            terms.add(marketplace("MKT"));
            int partners = random.nextInt(5);
            int left = 1_000_000; // percent x 10^4, so the sum stays <= 100
            for (int p = 0; p < partners; p++) {
                int share = random.nextInt(left + 1);
                left -= share;
                terms.add(new AgreementTerm("P" + p, "P" + p, Role.PARTNER, BigDecimal.valueOf(share, 4), FROM, null));
            }
            List<Part> parts = RevenueShare.allocate(revenue, currency, terms);
            assertEquals(terms.size(), parts.size());
            assertEquals(0, revenue.compareTo(sum(parts)), "parts of " + revenue + " " + currency + ": " + parts);
            BigDecimal percents = parts.stream().map(Part::sharePercent).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(0, BigDecimal.valueOf(100).compareTo(percents));
            for (Part part : parts) {
                assertEquals(true, part.amount().scale() <= Math.max(digits, revenue.scale()), part.toString());
                if (!part.partyCode().equals("MKT")) {
                    BigDecimal exact = revenue.multiply(part.sharePercent()).divide(BigDecimal.valueOf(100));
                    // within half a minor unit of the exact share
                    BigDecimal half = BigDecimal.ONE.movePointLeft(digits).divide(BigDecimal.valueOf(2));
                    assertEquals(true, exact.subtract(part.amount()).abs().compareTo(half) <= 0, part.toString());
                    assertEquals(digits, part.amount().scale(), part.toString());
                }
                assertEquals(true, part.amount().signum() >= 0, part.toString());
            }
        }
    }
}
