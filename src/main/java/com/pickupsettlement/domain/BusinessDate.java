package com.pickupsettlement.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** A calendar date in Europe/Moscow (rulebook 1); its cut-off is the next Moscow midnight. */
public record BusinessDate(LocalDate date) implements Comparable<BusinessDate> {

    public static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;

    public static BusinessDate parse(String isoDate) {
        return new BusinessDate(LocalDate.parse(isoDate));
    }

    /** The first instant that belongs to the next business date. */
    public Instant cutoff() {
        return date.plusDays(1).atStartOfDay(MOSCOW).toInstant();
    }

    /** YYYYMMDD as used in file names. */
    public String compact() {
        return date.format(COMPACT);
    }

    public BusinessDate previous() {
        return new BusinessDate(date.minusDays(1));
    }

    public BusinessDate next() {
        return new BusinessDate(date.plusDays(1));
    }

    public static LocalDate moscowDateOf(Instant instant) {
        return instant.atZone(MOSCOW).toLocalDate();
    }

    @Override
    public int compareTo(BusinessDate other) {
        return date.compareTo(other.date);
    }

    @Override
    public String toString() {
        return date.toString();
    }
}
