package com.pickupsettlement.ingest;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cell checks of rulebook 8 (Reading). Each returns null when the cell passes, so a validator
 * can stop at the first fault in the rulebook's order: missing, too long, bad format, range/code.
 */
final class CellRules {
    private static final Pattern OFFSET_DATE_TIME = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?(Z|[+-]\\d{2}:\\d{2})");
    private static final Pattern MOSCOW_MINUTES = Pattern.compile("(\\d{2})\\.(\\d{2})\\.(\\d{4}) (\\d{2}):(\\d{2})");
    private static final Pattern MOSCOW_SECONDS = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2}) (\\d{2}):(\\d{2}):(\\d{2})");

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

    /** yyyy-MM-ddTHH:mm[:ss[.fraction]] then Z or +-HH:MM, real calendar values only. */
    static OffsetDateTime offsetDateTime(String s) {
        Matcher m = OFFSET_DATE_TIME.matcher(s);
        if (!m.matches()) {
            return null;
        }
        try {
            int nanos = 0;
            if (m.group(7) != null) {
                String f = (m.group(7) + "000000000").substring(0, 9);
                nanos = Integer.parseInt(f);
            }
            LocalDateTime local = LocalDateTime.of(LocalDate.of(i(m, 1), i(m, 2), i(m, 3)),
                    java.time.LocalTime.of(i(m, 4), i(m, 5), m.group(6) == null ? 0 : i(m, 6), nanos));
            ZoneOffset offset = m.group(8).equals("Z") ? ZoneOffset.UTC : ZoneOffset.of(m.group(8));
            return OffsetDateTime.of(local, offset);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** dd.MM.yyyy HH:mm, a Moscow wall-clock time (manifest dispatched_at). */
    static LocalDateTime moscowMinutes(String s) {
        Matcher m = MOSCOW_MINUTES.matcher(s);
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDateTime.of(i(m, 3), i(m, 2), i(m, 1), i(m, 4), i(m, 5));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** yyyy-MM-dd HH:mm:ss, a Moscow wall-clock time (pickups event_time). */
    static LocalDateTime moscowSeconds(String s) {
        Matcher m = MOSCOW_SECONDS.matcher(s);
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDateTime.of(i(m, 1), i(m, 2), i(m, 3), i(m, 4), i(m, 5), i(m, 6));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int i(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
