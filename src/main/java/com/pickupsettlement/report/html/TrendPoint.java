package com.pickupsettlement.report.html;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One completed date of the trend: orders settled, exceptions open at its cut-off, and the rows
 * read and rejected over all its files.
 */
public record TrendPoint(LocalDate date, long settledOrders, long openBlocking, long openWarning, long rowsRead,
        long rowsRejected) {
    public TrendPoint {
        Objects.requireNonNull(date, "date");
        Checks.counts("settledOrders openBlocking openWarning rowsRead rowsRejected", settledOrders, openBlocking,
                openWarning, rowsRead, rowsRejected);
        if (rowsRejected > rowsRead) {
            throw new IllegalArgumentException(date + ": more rows rejected than read");
        }
    }
}
