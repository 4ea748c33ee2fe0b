package com.pickupsettlement.report.html;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A statement's dates in one currency: each party's share per date, their sum being the date's
 * net revenue, as a stacked chart and a table. A date without lines in the currency shows zero.
 *
 * @param parties the month's parties of this currency, in code order, each with its month total
 */
record CurrencySeries(String currency, List<PartyTotal> parties, List<Row> rows, BigDecimal netTotal,
        ColumnChart chart) {
    private static final DateTimeFormatter AXIS = DateTimeFormatter.ofPattern("dd");

    record Row(LocalDate date, BigDecimal netRevenue, List<BigDecimal> shares) {
    }

    static CurrencySeries of(String currency, List<PartyTotal> parties, List<String> allPartyCodes,
            List<LocalDate> dates, List<DayShare> shares) {
        Map<List<Object>, BigDecimal> byKey = shares.stream().filter(s -> s.currency().equals(currency))
                .collect(Collectors.toMap(s -> List.of(s.date(), s.partyCode()), DayShare::shareTotal));
        List<Row> rows = new ArrayList<>();
        for (LocalDate d : dates) {
            List<BigDecimal> perParty = parties.stream()
                    .map(p -> byKey.getOrDefault(List.of(d, p.partyCode()), Money.zero(currency))).toList();
            rows.add(new Row(d, Money.sum(currency, perParty), perParty));
        }
        // A party keeps its colour in every currency's chart.
        List<ColumnChart.Series> series = parties.stream().map(p -> new ColumnChart.Series(p.partyCode(),
                partyClass(allPartyCodes.indexOf(p.partyCode())))).toList();
        List<ColumnCharts.Input> inputs = rows.stream().map(r -> new ColumnCharts.Input(
                r.date().format(AXIS), r.date().toString(), r.shares())).toList();
        ColumnChart chart = ColumnCharts.layout("Shares per date in " + currency + " (a column is the date's net revenue)",
                ColumnChart.WIDE, series, inputs, Numbers::amount);
        return new CurrencySeries(currency, parties, rows,
                Money.sum(currency, rows.stream().map(Row::netRevenue).toList()), chart);
    }

    /** Six colours that stay apart in print and for the common colour blindnesses; a seventh party repeats the first. */
    private static String partyClass(int index) {
        return "p" + (index % 6);
    }
}
