package com.pickupsettlement.report.xlsx;

/** What a column holds, and so which Java value a row gives it and how the cell is formatted. */
public enum CellKind {
    /** A {@link String}: identifiers and codes stay text, digit for digit. */
    TEXT,
    /** A {@link Long} or {@link Integer}, format {@code 0}. */
    INTEGER,
    /** A {@link Money}, formatted with exactly its currency's minor digits. */
    AMOUNT,
    /** A {@link java.math.BigDecimal}, format {@code 0.0000}. */
    PERCENT,
    /** A {@link java.time.LocalDate}, format {@code yyyy-mm-dd}. */
    DATE,
    /** A {@link java.time.LocalDateTime}, Moscow wall-clock, format {@code yyyy-mm-dd hh:mm:ss}. */
    DATE_TIME
}
