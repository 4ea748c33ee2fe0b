package com.pickupsettlement.report.html;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The monthly statement's sections: what each party is owed for the month, the dates behind it, the reversals. */
record StatementView(YearMonth month, String monthName, List<StatementDay> days, long settledOrders,
        List<OwedTable> totals, ColumnChart ordersChart, List<CurrencySeries> series, List<ReversalTable> reversals) {

    static StatementView of(StatementReport r) {
        List<StatementDay> days = r.days().stream().sorted(Comparator.comparing(StatementDay::date)).toList();
        List<LocalDate> dates = days.stream().map(StatementDay::date).toList();
        List<String> partyCodes = List.copyOf(r.totals().stream().map(PartyTotal::partyCode)
                .collect(Collectors.toCollection(TreeSet::new)));
        List<CurrencySeries> series = OwedTable.of(r.totals()).stream()
                .map(t -> CurrencySeries.of(t.currency(), t.rows(), partyCodes, dates, r.shares())).toList();
        List<ColumnCharts.Input> orders = days.stream().map(d -> new ColumnCharts.Input(
                String.format(Locale.ROOT, "%02d", d.date().getDayOfMonth()), d.date().toString(),
                List.of(BigDecimal.valueOf(d.settledOrders())))).toList();
        return new StatementView(r.month(),
                r.month().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + r.month().getYear(),
                days, days.stream().mapToLong(StatementDay::settledOrders).sum(), OwedTable.of(r.totals()),
                ColumnCharts.layout("Orders settled per date", ColumnChart.WIDE,
                        List.of(new ColumnChart.Series("settled orders", "orders")), orders, Numbers::amount),
                series, ReversalTable.of(r.reversals()));
    }
}
