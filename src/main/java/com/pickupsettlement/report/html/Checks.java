package com.pickupsettlement.report.html;

import com.pickupsettlement.domain.CurrencyRules;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The model's guards. A page that finance pays from must not quietly show a figure the data
 * did not give, so a row that cannot be shown exactly is refused when it is built.
 */
final class Checks {
    private Checks() {
    }

    static String currency(String code) {
        if (code == null || !CurrencyRules.isKnown(code)) {
            throw new IllegalArgumentException("unknown currency: " + code);
        }
        return code;
    }

    /** The amount with exactly the currency's minor digits; more digits than that are an error, not rounded. */
    static BigDecimal amount(BigDecimal amount, String currency, String what) {
        Objects.requireNonNull(amount, what);
        try {
            return amount.setScale(CurrencyRules.minorDigits(currency));
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(what + " " + amount.toPlainString() + " has more digits than "
                    + currency + " allows", e);
        }
    }

    static BigDecimal notNegative(BigDecimal amount, String what) {
        if (amount.signum() < 0) {
            throw new IllegalArgumentException(what + " must not be negative: " + amount.toPlainString());
        }
        return amount;
    }

    static long count(long n, String what) {
        if (n < 0) {
            throw new IllegalArgumentException(what + " must not be negative: " + n);
        }
        return n;
    }

    /** A record's counts at once: their names space-separated, in the order of the values. */
    static void counts(String names, long... values) {
        String[] each = names.split(" ");
        if (each.length != values.length) {
            throw new IllegalStateException(each.length + " names for " + values.length + " counts: " + names);
        }
        for (int i = 0; i < values.length; i++) {
            count(values[i], each[i]);
        }
    }

    static String text(String s, String what) {
        return Objects.requireNonNull(s, what);
    }

    static <T> List<T> rows(List<T> rows, String what) {
        return List.copyOf(Objects.requireNonNull(rows, what));
    }

    /** Two rows for one key would be added up by nobody and shown twice: refuse them. */
    static <T> List<T> rows(List<T> rows, String what, Function<T, ?> key) {
        List<T> copy = rows(rows, what);
        Set<Object> seen = new HashSet<>();
        for (T row : copy) {
            if (!seen.add(key.apply(row))) {
                throw new IllegalArgumentException(what + ": two rows for " + key.apply(row));
            }
        }
        return copy;
    }
}
