package com.pickupsettlement.report;

import com.pickupsettlement.domain.BusinessDate;
import com.pickupsettlement.report.xlsx.CellKind;
import com.pickupsettlement.report.xlsx.Money;
import com.pickupsettlement.report.xlsx.XlsxColumn;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/**
 * One output file's columns (rulebook 6), each with its kind and how it is read off a typed row:
 * the single place a row becomes the CSV's cells (formats of rulebook 6 and 8) and the
 * workbook's cells (rulebook 11), so the two editions cannot drift apart.
 *
 * <p>Values by kind: TEXT String, INTEGER Long, AMOUNT {@link Money}, PERCENT BigDecimal, DATE
 * LocalDate, DATE_TIME Instant; null is an empty cell.
 */
record OutputTable<R>(List<Column<R>> columns) {
    record Column<R>(String header, CellKind kind, Function<R, Object> value) {
    }

    private static final DateTimeFormatter MOSCOW_SECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx").withZone(BusinessDate.MOSCOW);

    @SafeVarargs
    static <R> OutputTable<R> of(Column<R>... columns) {
        return new OutputTable<>(List.of(columns));
    }

    static <R> Column<R> column(String header, CellKind kind, Function<R, Object> value) {
        return new Column<>(header, kind, value);
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
