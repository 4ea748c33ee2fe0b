package com.pickupsettlement.report.xlsx;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.apache.poi.ss.usermodel.Cell;

/**
 * Puts a row's value into its cell by the column's kind and returns the length of the text the
 * cell shows, which sizes the column.
 *
 * <p>A number the format cannot hold exactly (more than 15 significant digits, beyond a double
 * and Excel's display) and a date outside Excel's calendar (before 1900-03-01, where Excel and
 * LibreOffice count days differently, or after 9999) become text cells holding exactly what the
 * CSV holds, rather than a rounded figure or a failed night.
 */
final class CellValues {
    private static final int MAX_DIGITS = 15;
    private static final int PERCENT_DIGITS = 4;
    private static final LocalDate FIRST_DATE = LocalDate.of(1900, 3, 1);
    private static final LocalDate LAST_DATE = LocalDate.of(9999, 12, 31);
    private static final DateTimeFormatter DATE_TIME_TEXT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private final CellStyles styles;

    CellValues(CellStyles styles) {
        this.styles = styles;
    }

    int write(Cell cell, CellKind kind, Object value) {
        return switch (kind) {
            case TEXT -> text(cell, CellText.of(as(String.class, value)));
            case INTEGER -> decimal(cell, BigDecimal.valueOf(integer(value)), 0);
            case AMOUNT -> {
                Money money = as(Money.class, value);
                yield decimal(cell, money.amount(), money.minorDigits());
            }
            case PERCENT -> decimal(cell, as(BigDecimal.class, value), PERCENT_DIGITS);
            case DATE -> date(cell, as(LocalDate.class, value));
            // Seconds, as the CSV writes them: the cell shows the value the CSV holds.
            case DATE_TIME -> dateTime(cell, as(LocalDateTime.class, value).truncatedTo(ChronoUnit.SECONDS));
        };
    }

    private static int text(Cell cell, String text) {
        cell.setCellValue(text);
        return longestLine(text);
    }

    private int decimal(Cell cell, BigDecimal value, int digits) {
        if (value.stripTrailingZeros().scale() > digits) {
            throw new IllegalArgumentException(value.toPlainString() + " has more than " + digits + " decimals");
        }
        BigDecimal shown = value.setScale(digits, RoundingMode.UNNECESSARY);
        if (shown.precision() > MAX_DIGITS) {
            return text(cell, shown.toPlainString());
        }
        cell.setCellValue(shown.doubleValue());
        cell.setCellStyle(styles.number(CellStyles.decimals(digits)));
        return shown.toPlainString().length();
    }

    private int date(Cell cell, LocalDate date) {
        if (date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE)) {
            return text(cell, date.toString());
        }
        cell.setCellValue(date);
        cell.setCellStyle(styles.number(CellStyles.DATE));
        return CellStyles.DATE.length();
    }

    private int dateTime(Cell cell, LocalDateTime time) {
        if (time.toLocalDate().isBefore(FIRST_DATE) || time.toLocalDate().isAfter(LAST_DATE)) {
            return text(cell, DATE_TIME_TEXT.format(time));
        }
        cell.setCellValue(time);
        cell.setCellStyle(styles.number(CellStyles.DATE_TIME));
        return CellStyles.DATE_TIME.length();
    }

    private static long integer(Object value) {
        if (value instanceof Long || value instanceof Integer) {
            return ((Number) value).longValue();
        }
        throw wrongType("a Long or an Integer", value);
    }

    private static <T> T as(Class<T> type, Object value) {
        if (!type.isInstance(value)) {
            throw wrongType("a " + type.getSimpleName(), value);
        }
        return type.cast(value);
    }

    private static IllegalArgumentException wrongType(String expected, Object value) {
        return new IllegalArgumentException("expects " + expected + ", got a " + value.getClass().getSimpleName());
    }

    /** The longest line in code points: a cell shows each line break as a new line. */
    static int longestLine(String text) {
        int longest = 0;
        for (int start = 0; start <= text.length(); ) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            longest = Math.max(longest, text.codePointCount(start, end));
            start = end + 1;
        }
        return longest;
    }
}
