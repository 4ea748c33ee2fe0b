package com.pickupsettlement.ingest;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The cell checks of rulebook 8 (Reading). Each returns null when the cell passes, so a validator
 * can stop at the first fault in the rulebook's order: missing, too long, bad format, range/code.
 */
final class CellRules {

    private CellRules() {
    }

    static int codePoints(String s) {
        return s.codePointCount(0, s.length());
    }

    static boolean hasNul(String s) {
        return s.indexOf('\0') >= 0;
    }

    /** 1..max chars of A-Z a-z 0-9 and '-' (order_id). */
    static boolean isIdChars(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** Tracking numbers: 8 to 20 of A-Z 0-9; shorter than 8 is a format fault, not a length one. */
    static boolean isTracking(String s) {
        if (s.length() < 8) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /**
     * A number per rulebook 8: ASCII digits, optional leading '-', at most one separator with a
     * digit on each side. Returns null when malformed.
     */
    static BigDecimal number(String s, char separator) {
        int i = 0;
        int n = s.length();
        if (n > 0 && s.charAt(0) == '-') {
            i = 1;
        }
        int intDigits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            intDigits++;
        }
        if (intDigits == 0) {
            return null;
        }
        if (i < n) {
            if (s.charAt(i) != separator) {
                return null;
            }
            i++;
            int fracDigits = 0;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                fracDigits++;
            }
            if (fracDigits == 0 || i < n) {
                return null;
            }
        }
        return new BigDecimal(separator == '.' ? s : s.replace(separator, '.'));
    }

    static boolean isInteger(String s) {
        int start = s.startsWith("-") ? 1 : 0;
        if (s.length() == start) {
            return false;
        }
        for (int i = start; i < s.length(); i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * yyyy-MM-ddTHH:mm[:ss[.fraction]] then Z or +-HH:MM, ASCII digits, real calendar values only.
     * Parsed by hand: this runs twice per order row, and a regex per cell dominated the load.
     */
    static OffsetDateTime offsetDateTime(String s) {
        int n = s.length();
        if (n < 17 || !dateAt(s, 0, '-') || s.charAt(10) != 'T' || !digits(s, 11, 2) || s.charAt(13) != ':'
                || !digits(s, 14, 2)) {
            return null;
        }
        int i = 16;
        int second = 0;
        int nanos = 0;
        if (i < n && s.charAt(i) == ':') {
            if (!digits(s, i + 1, 2)) {
                return null;
            }
            second = num(s, i + 1, 2);
            i += 3;
            if (i < n && s.charAt(i) == '.') {
                int j = i + 1;
                while (j < n && isDigit(s.charAt(j))) {
                    j++;
                }
                int width = j - i - 1;
                if (width < 1 || width > 9) {
                    return null;
                }
                nanos = num(s, i + 1, width) * (int) Math.pow(10, 9 - width);
                i = j;
            }
        }
        ZoneOffset offset;
        if (i == n - 1 && s.charAt(i) == 'Z') {
            offset = ZoneOffset.UTC;
        } else if (i == n - 6 && (s.charAt(i) == '+' || s.charAt(i) == '-') && digits(s, i + 1, 2)
                && s.charAt(i + 3) == ':' && digits(s, i + 4, 2)) {
            int sign = s.charAt(i) == '-' ? -1 : 1;
            try {
                offset = ZoneOffset.ofHoursMinutes(sign * num(s, i + 1, 2), sign * num(s, i + 4, 2));
            } catch (DateTimeException e) {
                return null;
            }
        } else {
            return null;
        }
        try {
            return OffsetDateTime.of(num(s, 0, 4), num(s, 5, 2), num(s, 8, 2), num(s, 11, 2), num(s, 14, 2),
                    second, nanos, offset);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** dd.MM.yyyy HH:mm, a Moscow wall-clock time (manifest dispatched_at). */
    static LocalDateTime moscowMinutes(String s) {
        if (s.length() != 16 || !digits(s, 0, 2) || s.charAt(2) != '.' || !digits(s, 3, 2) || s.charAt(5) != '.'
                || !digits(s, 6, 4) || s.charAt(10) != ' ' || !digits(s, 11, 2) || s.charAt(13) != ':'
                || !digits(s, 14, 2)) {
            return null;
        }
        try {
            return LocalDateTime.of(num(s, 6, 4), num(s, 3, 2), num(s, 0, 2), num(s, 11, 2), num(s, 14, 2));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** yyyy-MM-dd HH:mm:ss, a Moscow wall-clock time (pickups event_time). */
    static LocalDateTime moscowSeconds(String s) {
        if (s.length() != 19 || !dateAt(s, 0, '-') || s.charAt(10) != ' ' || !digits(s, 11, 2)
                || s.charAt(13) != ':' || !digits(s, 14, 2) || s.charAt(16) != ':' || !digits(s, 17, 2)) {
            return null;
        }
        try {
            return LocalDateTime.of(num(s, 0, 4), num(s, 5, 2), num(s, 8, 2), num(s, 11, 2), num(s, 14, 2),
                    num(s, 17, 2));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** yyyy-MM-dd at position 0 with the given separator. */
    private static boolean dateAt(String s, int at, char sep) {
        return digits(s, at, 4) && s.charAt(at + 4) == sep && digits(s, at + 5, 2) && s.charAt(at + 7) == sep
                && digits(s, at + 8, 2);
    }

    private static boolean digits(String s, int from, int count) {
        if (from + count > s.length()) {
            return false;
        }
        for (int k = from; k < from + count; k++) {
            if (!isDigit(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static int num(String s, int from, int count) {
        int v = 0;
        for (int k = from; k < from + count; k++) {
            v = v * 10 + (s.charAt(k) - '0');
        }
        return v;
    }

}
