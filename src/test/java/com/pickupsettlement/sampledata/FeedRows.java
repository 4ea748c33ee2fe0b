package com.pickupsettlement.sampledata;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An independent reading of the feeds for the generator's tests: an RFC 4180 record splitter and
 * the field rules of rulebook sections 2 and 8, written from the rulebook rather than shared with
 * the generator, so that a mistake in one is not hidden by the same mistake in the other.
 */
final class FeedRows {
    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    static final DateTimeFormatter PICKUP_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter MANIFEST_TIME =
            DateTimeFormatter.ofPattern("dd.MM.uuuu HH:mm").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern OFFSET_TIME =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})");
    private static final Pattern ORDER_ID = Pattern.compile("[A-Za-z0-9-]{1,32}");
    private static final Pattern TRACKING = Pattern.compile("[A-Z0-9]{8,20}");

    record Rec(int line, List<String> cells) {
    }

    private FeedRows() {
    }

    /** Data rows: records after the header, without the manifest trailer. */
    static List<Rec> rows(String text, char separator) {
        List<Rec> recs = parse(text, separator);
        int end = separator == ';' ? recs.size() - 1 : recs.size();
        return recs.subList(1, end);
    }

    /** RFC 4180 records with the physical line each starts on; a quoted line break stays in its cell. */
    static List<Rec> parse(String text, char separator) {
        List<Rec> out = new ArrayList<>();
        int i = 0;
        int line = 1;
        while (i < text.length()) {
            int start = line;
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        line += c == '\n' ? 1 : 0;
                        cell.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == separator) {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else if (c == '\n') {
                    i++;
                    line++;
                    break;
                } else {
                    cell.append(c);
                }
            }
            cells.add(cell.toString());
            out.add(new Rec(start, cells));
        }
        return out;
    }

    // Field rules of rulebook 2 and 8; each returns the first fault found, or null.

    static String orderFault(List<String> c) {
        if (c.size() != 9) {
            return "wrong column count";
        }
        if (!ORDER_ID.matcher(c.get(0)).matches()) {
            return "order_id";
        }
        if (!offsetTime(c.get(1)) || !offsetTime(c.get(8))) {
            return "time";
        }
        for (int i = 2; i <= 4; i++) {
            int max = i == 4 ? 16 : 32;
            int length = c.get(i).codePointCount(0, c.get(i).length());
            if (length == 0 || length > max) {
                return "length of " + i;
            }
        }
        String fault = currencyFault(c.get(5));
        if (fault == null) {
            int digits = Math.max(0, Currency.getInstance(c.get(5)).getDefaultFractionDigits());
            fault = amountFault(c.get(6), '.', digits, true);
        }
        if (fault == null && !Set.of("PAID", "CANCELLED", "REFUNDED").contains(c.get(7))) {
            fault = "status";
        }
        return fault;
    }

    static String manifestFault(List<String> c) {
        if (c.size() != 11) {
            return "wrong column count";
        }
        if (!TRACKING.matcher(c.get(1)).matches() || !ORDER_ID.matcher(c.get(2)).matches()) {
            return "ids";
        }
        if (!c.get(3).matches("\\d+") || !c.get(4).matches("\\d+")) {
            return "parcel numbers";
        }
        int no = Integer.parseInt(c.get(3));
        int count = Integer.parseInt(c.get(4));
        if (no < 1 || no > count || count > 99) {
            return "out of range";
        }
        try {
            LocalDateTime.parse(c.get(5), MANIFEST_TIME);
        } catch (DateTimeParseException e) {
            return "dispatched_at";
        }
        String fault = amountFault(c.get(6), ',', Integer.MAX_VALUE, false);
        if (fault == null) {
            fault = currencyFault(c.get(7));
        }
        if (fault == null) {
            fault = amountFault(c.get(8), ',', Integer.MAX_VALUE, true);
        }
        if (fault == null && (c.get(9).isEmpty() || c.get(9).length() > 16)) {
            fault = "destination_point_id";
        }
        if (fault == null && c.get(10).codePointCount(0, c.get(10).length()) > 200) {
            fault = "comment too long";
        }
        return fault;
    }

    static String pickupFault(List<String> c, LocalDate fileDate) {
        if (c.size() != 6) {
            return "wrong column count";
        }
        if (c.get(0).isEmpty() || c.get(0).length() > 40) {
            return "event_id";
        }
        if (!TRACKING.matcher(c.get(1)).matches()) {
            return "tracking_number";
        }
        if (c.get(2).isEmpty() || c.get(2).length() > 16) {
            return "point_id";
        }
        if (!Set.of("ARRIVED", "HANDED_OVER", "REFUSED", "RETURNED").contains(c.get(3))) {
            return "event_type";
        }
        try {
            LocalDateTime at = LocalDateTime.parse(c.get(4), PICKUP_TIME);
            if (!at.atZone(MOSCOW).isBefore(fileDate.plusDays(1).atStartOfDay(MOSCOW))) {
                return "event in the future";
            }
        } catch (DateTimeParseException e) {
            return "event_time";
        }
        return null;
    }

    private static final Set<String> EXCEPTION_TYPES = Set.of("UNKNOWN_ORDER", "DUPLICATE_TRACKING",
            "PARCEL_COUNT_MISMATCH", "NOT_SHIPPED", "UNMANIFESTED_PARCEL", "WRONG_POINT", "LATE_ARRIVAL",
            "OVERDUE_IN_TRANSIT", "UNCLAIMED", "COLLECTED_AFTER_CANCEL", "PARTIAL_COLLECTION", "VALUE_MISMATCH",
            "CURRENCY_MISMATCH", "HANDOVER_WITHOUT_ARRIVAL", "INCOMPLETE_SHIPMENT", "RETURNED_NOT_REFUNDED");

    /** Rulebook 9's field checks, in its order, after the "'" before a formula character is removed. */
    static String resolutionFault(List<String> raw) {
        if (raw.size() != 6) {
            return "wrong column count";
        }
        List<String> c = raw.stream().map(s -> s.matches("(?s)'[=+\\-@\t\r].*") ? s.substring(1) : s).toList();
        if (c.get(0).isEmpty()) {
            return "missing field";
        }
        boolean close = c.get(0).equals("CLOSE");
        if (!close && !c.get(0).equals("WRITE_OFF")) {
            return "unknown code";
        }
        if (close && c.get(1).isEmpty()) {
            return "missing field";
        }
        if (close ? !EXCEPTION_TYPES.contains(c.get(1)) : !c.get(1).isEmpty()) {
            return close ? "unknown code" : "bad format (type)";
        }
        String orderId = c.get(2);
        if (!close && orderId.isEmpty()) {
            return "missing field";
        }
        if (!orderId.isEmpty() && length(orderId) > 32) {
            return "field too long";
        }
        if (!orderId.isEmpty() && !ORDER_ID.matcher(orderId).matches()) {
            return "bad format (order_id)";
        }
        String tracking = c.get(3);
        if (!close && !tracking.isEmpty() || close && !tracking.isEmpty() && length(tracking) <= 20
                && !TRACKING.matcher(tracking).matches()) {
            return "bad format (tracking_number)";
        }
        if (close && length(tracking) > 20) {
            return "field too long";
        }
        for (int i = 4; i <= 5; i++) {
            if (c.get(i).isEmpty()) {
                return "missing field";
            }
            if (length(c.get(i)) > (i == 4 ? 500 : 64)) {
                return "field too long";
            }
        }
        return null;
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    private static boolean offsetTime(String s) {
        if (!OFFSET_TIME.matcher(s).matches()) {
            return false;
        }
        try {
            OffsetDateTime.parse(s);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String currencyFault(String code) {
        try {
            Currency.getInstance(code);
            return code.equals(code.toUpperCase(Locale.ROOT)) ? null : "currency";
        } catch (IllegalArgumentException e) {
            return "currency";
        }
    }

    private static String amountFault(String s, char separator, int maxDecimals, boolean positive) {
        String pattern = "-?\\d+(" + Pattern.quote(String.valueOf(separator)) + "\\d+)?";
        if (!s.matches(pattern)) {
            return "number format";
        }
        int dot = s.indexOf(separator);
        if (dot >= 0 && s.length() - dot - 1 > maxDecimals) {
            return "decimals";
        }
        double value = Double.parseDouble(s.replace(separator, '.'));
        return positive ? (value > 0 ? null : "out of range") : (value >= 0 ? null : "out of range");
    }
}
