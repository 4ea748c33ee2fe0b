package com.pickupsettlement.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One row of agreements.csv (rulebook 2.4). sharePercent is null for the marketplace. */
public record AgreementTerm(String partyCode, String partyName, Role role, BigDecimal sharePercent,
                            LocalDate effectiveFrom, LocalDate effectiveTo) {

    public enum Role { MARKETPLACE, PARTNER }

    public boolean isPartner() {
        return role == Role.PARTNER;
    }

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }
}
