package com.pickupsettlement.report.html;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;

/**
 * Figures as people read them, the same on every machine: no Locale, no NumberFormat.
 * Thousands are grouped with a narrow no-break space (never mistaken for the decimal point,
 * which stays the '.' of the CSV files) and the currency's minor digits are always written.
 */
final class Numbers {
    static final char GROUP = '\u202F';

    private Numbers() {
    }

    /** The exact value as the CSV files write it, e.g. {@code -1234.50}: for data attributes. */
    static String exact(BigDecimal amount) {
        return amount.toPlainString();
    }

    /** E.g. {@code -1 234 567.50} (the model already holds the currency's minor digits). */
    static String amount(BigDecimal amount) {
        String plain = amount.toPlainString();
        int start = plain.startsWith("-") ? 1 : 0;
        int point = plain.indexOf('.');
        int end = point < 0 ? plain.length() : point;
        StringBuilder out = new StringBuilder(plain.length() + 4).append(plain, 0, start);
        for (int i = start; i < end; i++) {
            if (i > start && (end - i) % 3 == 0) {
                out.append(GROUP);
            }
            out.append(plain.charAt(i));
        }
        return out.append(plain, end, plain.length()).toString();
    }

    static String count(long n) {
        return amount(BigDecimal.valueOf(n));
    }

    /** E.g. "Russian Ruble": the JDK's English name, fixed so the page does not follow the machine's locale. */
    static String currencyName(String code) {
        return Currency.getInstance(code).getDisplayName(Locale.ENGLISH);
    }
}
