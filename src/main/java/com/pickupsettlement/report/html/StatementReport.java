package com.pickupsettlement.report.html;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything the monthly statement page shows (rulebook 10 and 11). Order does not matter: the
 * page sorts; a second row for a key is refused.
 *
 * @param totals the statement summary rows: per party and currency over the month
 * @param days the closed dates of the month
 * @param shares per date, party and currency, the share_total of that date's summary
 * @param reversals the reversals written in the month (a reversal belongs to the month of the date that wrote it)
 */
public record StatementReport(YearMonth month, List<PartyTotal> totals, List<StatementDay> days,
        List<DayShare> shares, List<Reversal> reversals) {
    public StatementReport {
        Objects.requireNonNull(month, "month");
        totals = Checks.rows(totals, "totals", r -> List.of(r.partyCode(), r.currency()));
        days = Checks.rows(days, "days", StatementDay::date);
        shares = Checks.rows(shares, "shares", r -> List.of(r.date(), r.partyCode(), r.currency()));
        reversals = Checks.rows(reversals, "reversals",
                r -> List.of(r.reversedOn(), r.originalSettlementDate(), r.currency()));
        for (StatementDay d : days) {
            if (!YearMonth.from(d.date()).equals(month)) {
                throw new IllegalArgumentException("date " + d.date() + " is not in " + month);
            }
        }
        Set<LocalDate> dates = days.stream().map(StatementDay::date).collect(Collectors.toSet());
        Set<List<String>> parties = totals.stream().map(t -> List.of(t.partyCode(), t.currency()))
                .collect(Collectors.toSet());
        for (DayShare s : shares) {
            if (!dates.contains(s.date())) {
                throw new IllegalArgumentException("a share of " + s.date() + ", which is not a closed date of " + month);
            }
            // The month's totals add up the days' shares, so a day's party is always among them.
            if (!parties.contains(List.of(s.partyCode(), s.currency()))) {
                throw new IllegalArgumentException("a share of " + s.partyCode() + " in " + s.currency()
                        + " on " + s.date() + " without a month total");
            }
        }
        for (Reversal r : reversals) {
            if (!dates.contains(r.reversedOn())) {
                throw new IllegalArgumentException("a reversal of " + r.reversedOn() + ", which is not a closed date of " + month);
            }
        }
    }
}
