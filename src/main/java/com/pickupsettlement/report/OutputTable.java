package com.pickupsettlement.report;

import com.pickupsettlement.domain.BusinessDate;
import com.pickupsettlement.report.xlsx.CellKind;
import com.pickupsettlement.report.xlsx.Money;
import com.pickupsettlement.report.xlsx.XlsxColumn;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * One output file's columns (rulebook 6), each with its kind and how it is read off a typed row:
 * the single place a row becomes the CSV's cells (formats of rulebook 6 and 8) and the
 * workbook's cells (rulebook 11), so the two editions cannot drift apart.
 *
 * <p>The columns are the components of the row's record, in order ({@link #of(Class)}): a
 * column is added, renamed or moved in the record alone, and the header cannot disagree with it.
 *
 * <p>Values by kind: TEXT String, INTEGER Long, AMOUNT {@link Money}, PERCENT BigDecimal, DATE
 * LocalDate, DATE_TIME Instant; null is an empty cell.
 */
record OutputTable<R>(List<Column<R>> columns) {
    record Column<R>(String header, CellKind kind, Function<R, Object> value) {
    }

    private static final DateTimeFormatter MOSCOW_SECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx").withZone(BusinessDate.MOSCOW);

    /** Marks a BigDecimal component that is a percentage; any other BigDecimal is an amount. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.RECORD_COMPONENT)
    @interface Percent {
    }

    /**
     * The table of a row record: one column per component, headed by its name in snake_case
     * (shareAmount: share_amount). The kind follows the type: String TEXT, long INTEGER,
     * LocalDate DATE, Instant DATE_TIME, BigDecimal PERCENT when marked {@link Percent} and
     * otherwise AMOUNT in the currency of the row's {@code currency} component.
     */
    static <R extends Record> OutputTable<R> of(Class<R> type) {
        RecordComponent[] components = type.getRecordComponents();
        Method currency = Arrays.stream(components).filter(c -> c.getName().equals("currency"))
                .map(RecordComponent::getAccessor).findFirst().orElse(null);
        return new OutputTable<>(Arrays.stream(components).map(c -> OutputTable.<R>column(type, c, currency)).toList());
    }

    private static <R> Column<R> column(Class<?> type, RecordComponent c, Method currency) {
        String header = c.getName().replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
        Method value = c.getAccessor();
        CellKind kind = kind(type, c, currency);
        return new Column<>(header, kind, kind == CellKind.AMOUNT
                ? row -> OutputRows.money((BigDecimal) read(value, row), (String) read(currency, row))
                : row -> read(value, row));
    }

    private static CellKind kind(Class<?> type, RecordComponent c, Method currency) {
        Class<?> t = c.getType();
        if (t == String.class) {
            return CellKind.TEXT;
        } else if (t == long.class || t == Long.class) {
            return CellKind.INTEGER;
        } else if (t == LocalDate.class) {
            return CellKind.DATE;
        } else if (t == Instant.class) {
            return CellKind.DATE_TIME;
        } else if (t == BigDecimal.class && c.isAnnotationPresent(Percent.class)) {
            return CellKind.PERCENT;
        } else if (t == BigDecimal.class && currency != null) {
            return CellKind.AMOUNT;
        }
        throw new IllegalArgumentException(type.getSimpleName() + "." + c.getName() + ": no column kind for "
                + t.getSimpleName() + (t == BigDecimal.class ? " (an amount needs a currency component)" : ""));
    }

    private static Object read(Method accessor, Object row) {
        try {
            return accessor.invoke(row);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(accessor + " of " + row, e);
        }
    }

    List<String> header() {
        return columns.stream().map(Column::header).toList();
    }

    List<XlsxColumn> sheetColumns() {
        return columns.stream().map(c -> new XlsxColumn(c.header(), c.kind())).toList();
    }

    /** The row as the CSV writes it; the formula guard is CsvOut's. */
    String[] csv(R row) {
        String[] cells = new String[columns.size()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = csvCell(columns.get(i).value().apply(row));
        }
        return cells;
    }

    /** The row as the workbook holds it: the same values, date-times as Moscow wall-clock. */
    Object[] sheet(R row) {
        Object[] cells = new Object[columns.size()];
        for (int i = 0; i < cells.length; i++) {
            Object v = columns.get(i).value().apply(row);
            cells[i] = v instanceof Instant t ? LocalDateTime.ofInstant(t, BusinessDate.MOSCOW) : v;
        }
        return cells;
    }

    private static String csvCell(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Money m) {
            return amount(m.amount(), m.minorDigits());
        }
        if (v instanceof BigDecimal percent) {
            return percent.setScale(4, RoundingMode.UNNECESSARY).toPlainString();
        }
        if (v instanceof Instant t) {
            return MOSCOW_SECONDS.format(t);
        }
        return v.toString(); // String, Long, LocalDate (yyyy-MM-dd)
    }

    /** Exactly the currency's minor digits, '.' as separator, '-' for negatives, never -0. */
    static String amount(BigDecimal value, int digits) {
        BigDecimal scaled = value.setScale(digits, RoundingMode.UNNECESSARY);
        return scaled.signum() == 0 ? scaled.abs().toPlainString() : scaled.toPlainString();
    }

    static LocalDate date(java.sql.Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
