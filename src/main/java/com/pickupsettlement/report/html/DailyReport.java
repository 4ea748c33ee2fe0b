package com.pickupsettlement.report.html;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything the daily page shows (rulebook 11), as rows the database gives. Order does not
 * matter: the page sorts. Rows are keyed (one per party and currency, one per file, ...), and a
 * second row for a key is refused rather than shown twice.
 *
 * @param files the inputs of the date, resolutions included when present
 * @param owed the summary rows of the date
 * @param settled per currency, the orders settled on the date
 * @param reversals the reversals written on the date, by original settlement date and currency
 * @param heldBack per currency, the known orders an open BLOCKING exception keeps from settling
 * @param heldBackWithoutAmount orders held back that are known only from manifest lines, so have no revenue
 * @param openExceptions open exceptions at the date by type, severity and age_days
 * @param trend the completed dates among the 30 up to and including the business date
 * @param trendRevenue net revenue per trend date and currency; a missing one is zero
 */
public record DailyReport(LocalDate businessDate, List<FileVolume> files, List<PartyTotal> owed,
        List<SettledRevenue> settled, List<Reversal> reversals, List<HeldBack> heldBack, long heldBackWithoutAmount,
        List<ExceptionCount> openExceptions, List<RejectCount> rejects, List<TrendPoint> trend,
        List<TrendRevenue> trendRevenue) {
    /** How far back the trend reaches, business date included. */
    public static final int TREND_DATES = 30;

    public DailyReport {
        Objects.requireNonNull(businessDate, "businessDate");
        files = Checks.rows(files, "files", FileVolume::fileName);
        owed = Checks.rows(owed, "owed", r -> List.of(r.partyCode(), r.currency()));
        settled = Checks.rows(settled, "settled", SettledRevenue::currency);
        reversals = Checks.rows(reversals, "reversals", r -> List.of(r.originalSettlementDate(), r.currency()));
        heldBack = Checks.rows(heldBack, "heldBack", HeldBack::currency);
        Checks.count(heldBackWithoutAmount, "heldBackWithoutAmount");
        openExceptions = Checks.rows(openExceptions, "openExceptions", r -> List.of(r.type(), r.severity(), r.ageDays()));
        rejects = Checks.rows(rejects, "rejects", r -> List.of(r.feed(), r.reason()));
        trend = Checks.rows(trend, "trend", TrendPoint::date);
        trendRevenue = Checks.rows(trendRevenue, "trendRevenue", r -> List.of(r.date(), r.currency()));
        for (Reversal r : reversals) {
            if (!r.reversedOn().equals(businessDate)) {
                throw new IllegalArgumentException("a reversal of " + r.reversedOn() + " on the page of " + businessDate);
            }
        }
        LocalDate first = businessDate.minusDays(TREND_DATES - 1);
        for (TrendPoint p : trend) {
            if (p.date().isBefore(first) || p.date().isAfter(businessDate)) {
                throw new IllegalArgumentException("trend date " + p.date() + " outside " + first + ".." + businessDate);
            }
        }
        Set<LocalDate> dates = trend.stream().map(TrendPoint::date).collect(Collectors.toSet());
        for (TrendRevenue r : trendRevenue) {
            if (!dates.contains(r.date())) {
                throw new IllegalArgumentException("net revenue for " + r.date() + ", which is not a trend date");
            }
        }
    }
}
