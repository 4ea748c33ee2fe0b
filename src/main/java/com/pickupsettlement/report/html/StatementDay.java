package com.pickupsettlement.report.html;

import java.time.LocalDate;
import java.util.Objects;

/** A closed date of the statement's month and how many orders settled on it. */
public record StatementDay(LocalDate date, long settledOrders) {
    public StatementDay {
        Objects.requireNonNull(date, "date");
        Checks.count(settledOrders, "settledOrders");
    }
}
