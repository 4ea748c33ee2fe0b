package com.pickupsettlement.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pickupsettlement.domain.AgreementTerm.Role;
import com.pickupsettlement.support.UnitTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rulebook 2.4: the rules that hold on every date, and the marketplace a date needs. */
@UnitTest
class AgreementSetTest {
    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static AgreementTerm marketplace(String code, String from, String to) {
        return new AgreementTerm(code, code + " name", Role.MARKETPLACE, null, d(from), to == null ? null : d(to));
    }

    private static AgreementTerm partner(String code, String percent, String from, String to) {
        return new AgreementTerm(code, code + " name", Role.PARTNER, new BigDecimal(percent), d(from),
                to == null ? null : d(to));
    }

    /** The conformance sample: SPSR's share changes on 2026-11-06. */
    private static final List<AgreementTerm> SAMPLE = List.of(
            marketplace("ALIEXPRESS", "2026-01-01", null),
            partner("CSL", "1.5", "2026-01-01", null),
            partner("SPSR", "3.5", "2026-01-01", "2026-11-05"),
            partner("SPSR", "3.75", "2026-11-06", null));

    private static List<String> codesAndPercents(List<AgreementTerm> terms) {
        return terms.stream().map(t -> t.partyCode() + ":" + (t.sharePercent() == null ? "-" : t.sharePercent()))
                .toList();
    }

    @Test
    void sampleIsValidAndChangesOnItsBoundary() {
        AgreementSet set = AgreementSet.of(SAMPLE);
        assertEquals(SAMPLE, set.terms());
        assertEquals(List.of("ALIEXPRESS:-", "CSL:1.5", "SPSR:3.5"), codesAndPercents(set.inForceOn(d("2026-11-05"))));
        assertEquals(List.of("ALIEXPRESS:-", "CSL:1.5", "SPSR:3.75"), codesAndPercents(set.inForceOn(d("2026-11-06"))));
        assertEquals(List.of(), set.inForceOn(d("2025-12-31")));
        assertEquals(3, set.requireMarketplaceOn(d("2030-06-01")).size());
    }

    @Test
    void datesAreInclusive() {
        AgreementTerm t = partner("P", "1", "2026-03-01", "2026-03-31");
        assertFalse(t.inForceOn(d("2026-02-28")));
        assertTrue(t.inForceOn(d("2026-03-01")));
        assertTrue(t.inForceOn(d("2026-03-31")));
        assertFalse(t.inForceOn(d("2026-04-01")));
        AgreementTerm open = partner("P", "1", "2026-03-01", null);
        assertTrue(open.inForceOn(d("9999-12-31")));
        AgreementTerm oneDay = partner("P", "1", "2026-03-01", "2026-03-01");
        assertTrue(oneDay.inForceOn(d("2026-03-01")));
        assertFalse(oneDay.inForceOn(d("2026-03-02")));
    }

    @Test
    void oneDayTermIsValid() {
        AgreementSet set = AgreementSet.of(List.of(marketplace("M", "2026-01-01", null),
                partner("P", "5", "2026-02-01", "2026-02-01")));
        assertEquals(2, set.inForceOn(d("2026-02-01")).size());
        assertEquals(1, set.inForceOn(d("2026-02-02")).size());
    }

    @Test
    void twoMarketplacesInForceOnOneDateAreRefused() {
        InvalidAgreementsException e = assertThrows(InvalidAgreementsException.class, () -> AgreementSet.of(List.of(
                marketplace("ALIEXPRESS", "2026-01-01", null),
                marketplace("OTHER", "2026-06-01", "2026-06-30"))));
        assertTrue(e.getMessage().contains("2026-06-01"), e.getMessage());
    }

    @Test
    void consecutiveMarketplacesAreAccepted() {
        AgreementSet set = AgreementSet.of(List.of(
                marketplace("A", "2026-01-01", "2026-05-31"),
                marketplace("B", "2026-06-01", null)));
        assertEquals("A", set.requireMarketplaceOn(d("2026-05-31")).get(0).partyCode());
        assertEquals("B", set.requireMarketplaceOn(d("2026-06-01")).get(0).partyCode());
    }

    @Test
    void partnerSharesOverHundredAreRefused() {
        InvalidAgreementsException e = assertThrows(InvalidAgreementsException.class, () -> AgreementSet.of(List.of(
                marketplace("M", "2026-01-01", null),
                partner("A", "60", "2026-01-01", null),
                partner("B", "40.0001", "2026-03-01", null))));
        assertTrue(e.getMessage().contains("100.0001"), e.getMessage());
        assertTrue(e.getMessage().contains("2026-03-01"), e.getMessage());
    }

    @Test
    void partnerSharesOfExactlyHundredAreAccepted() {
        AgreementSet set = AgreementSet.of(List.of(
                marketplace("M", "2026-01-01", null),
                partner("A", "60", "2026-01-01", null),
                partner("B", "40", "2026-01-01", null)));
        assertEquals(3, set.inForceOn(d("2026-01-01")).size());
    }

    @Test
    void sharesThatDoNotOverlapInTimeMayEachBeLarge() {
        AgreementSet set = AgreementSet.of(List.of(
                marketplace("M", "2026-01-01", null),
                partner("A", "80", "2026-01-01", "2026-01-31"),
                partner("B", "80", "2026-02-01", null)));
        assertEquals(2, set.inForceOn(d("2026-02-01")).size());
    }

    @Test
    void samePartyTwiceInForceIsRefused() {
        InvalidAgreementsException e = assertThrows(InvalidAgreementsException.class, () -> AgreementSet.of(List.of(
                marketplace("M", "2026-01-01", null),
                partner("SPSR", "3.5", "2026-01-01", "2026-11-06"),
                partner("SPSR", "3.75", "2026-11-06", null))));
        assertTrue(e.getMessage().contains("SPSR"), e.getMessage());
        assertTrue(e.getMessage().contains("2026-11-06"), e.getMessage());
    }

    @Test
    void samePartyTwiceWithOpenEndsIsRefused() {
        assertThrows(InvalidAgreementsException.class, () -> AgreementSet.of(List.of(
                marketplace("M", "2026-01-01", null),
                partner("P", "1", "2026-01-01", null),
                partner("P", "1", "2027-01-01", null))));
    }

    @Test
    void effectiveToBeforeEffectiveFromIsRefused() {
        InvalidAgreementsException e = assertThrows(InvalidAgreementsException.class, () -> AgreementSet.of(List.of(
                marketplace("M", "2026-01-01", null),
                partner("P", "1", "2026-03-02", "2026-03-01"))));
        assertTrue(e.getMessage().contains("P"), e.getMessage());
    }

    @Test
    void requireMarketplaceOnThrowsWhenNoneIsInForce() {
        AgreementSet set = AgreementSet.of(List.of(
                marketplace("M", "2026-01-01", "2026-06-30"),
                partner("P", "1", "2026-01-01", null)));
        assertEquals(2, set.requireMarketplaceOn(d("2026-06-30")).size());
        InvalidAgreementsException e = assertThrows(InvalidAgreementsException.class,
                () -> set.requireMarketplaceOn(d("2026-07-01")));
        assertTrue(e.getMessage().contains("2026-07-01"), e.getMessage());
        assertThrows(InvalidAgreementsException.class, () -> set.requireMarketplaceOn(d("2025-12-31")));
    }

    @Test
    void emptySetIsValidButHasNoMarketplace() {
        AgreementSet set = AgreementSet.of(List.of());
        assertThrows(InvalidAgreementsException.class, () -> set.requireMarketplaceOn(d("2026-01-01")));
    }
}
