package com.pickupsettlement.domain;

import java.util.Currency;

/** Currencies are the ISO codes java.util.Currency knows; minor digits -1 means none (rulebook 8). */
public final class CurrencyRules {
    private CurrencyRules() {
    }

    public static boolean isKnown(String code) {
        if (code.length() != 3) {
            return false;
        }
        try {
            return Currency.getInstance(code).getCurrencyCode().equals(code);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public static int minorDigits(String code) {
        return Math.max(0, Currency.getInstance(code).getDefaultFractionDigits());
    }
}
