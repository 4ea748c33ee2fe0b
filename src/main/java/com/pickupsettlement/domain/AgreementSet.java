package com.pickupsettlement.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The agreements of rulebook 2.4, validated as a whole. */
public final class AgreementSet {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private final List<AgreementTerm> terms;

    private AgreementSet(List<AgreementTerm> terms) {
        this.terms = List.copyOf(terms);
    }

    /**
     * Checks the rules that hold "on every date": at most one marketplace, partners sum to at most
     * 100, no party twice. Checking every boundary date is enough because the set in force only
     * changes on an effective_from or the day after an effective_to.
     */
    public static AgreementSet of(List<AgreementTerm> terms) {
        Set<LocalDate> boundaries = new TreeSet<>();
        for (AgreementTerm t : terms) {
            if (t.effectiveTo() != null && t.effectiveTo().isBefore(t.effectiveFrom())) {
                throw new InvalidAgreementsException("party " + t.partyCode() + ": effective_to before effective_from");
            }
            boundaries.add(t.effectiveFrom());
            if (t.effectiveTo() != null) {
                boundaries.add(t.effectiveTo().plusDays(1));
            }
        }
        AgreementSet set = new AgreementSet(terms);
        for (LocalDate date : boundaries) {
            set.checkDate(date);
        }
        return set;
    }

    private void checkDate(LocalDate date) {
        List<AgreementTerm> inForce = inForceOn(date);
        Set<String> parties = new HashSet<>();
        int marketplaces = 0;
        BigDecimal partners = BigDecimal.ZERO;
        for (AgreementTerm t : inForce) {
            if (!parties.add(t.partyCode())) {
                throw new InvalidAgreementsException("party " + t.partyCode() + " has two rows in force on " + date);
            }
            if (t.isPartner()) {
                partners = partners.add(t.sharePercent());
            } else {
                marketplaces++;
            }
        }
        if (marketplaces > 1) {
            throw new InvalidAgreementsException("more than one MARKETPLACE in force on " + date);
        }
        if (partners.compareTo(HUNDRED) > 0) {
            throw new InvalidAgreementsException("partner shares sum to " + partners.toPlainString() + " % on " + date);
        }
    }

    public List<AgreementTerm> terms() {
        return terms;
    }

    public List<AgreementTerm> inForceOn(LocalDate date) {
        List<AgreementTerm> result = new ArrayList<>();
        for (AgreementTerm t : terms) {
            if (t.inForceOn(date)) {
                result.add(t);
            }
        }
        return result;
    }

    /** Rulebook 2.4: exactly one marketplace on every business date run and collection date used. */
    public List<AgreementTerm> requireMarketplaceOn(LocalDate date) {
        List<AgreementTerm> inForce = inForceOn(date);
        if (inForce.stream().noneMatch(t -> !t.isPartner())) {
            throw new InvalidAgreementsException("no MARKETPLACE agreement in force on " + date);
        }
        return inForce;
    }
}
