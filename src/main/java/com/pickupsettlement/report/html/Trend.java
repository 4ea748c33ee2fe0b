package com.pickupsettlement.report.html;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The completed dates up to the business date, oldest first, as one table and a chart per
 * measure; net revenue gets a chart per currency, since amounts of two currencies do not add.
 */
record Trend(List<String> currencies, List<Row> rows, List<ColumnChart> charts) {
    private static final DateTimeFormatter AXIS = DateTimeFormatter.ofPattern("MM-dd");

    record Row(TrendPoint point, List<BigDecimal> netRevenue) {
    }

    static Trend of(List<TrendPoint> points, List<TrendRevenue> revenue) {
        List<String> currencies = List.copyOf(revenue.stream().map(TrendRevenue::currency)
                .collect(Collectors.toCollection(TreeSet::new)));
        Map<List<Object>, BigDecimal> net = revenue.stream().collect(Collectors.toMap(
                r -> List.of(r.date(), r.currency()), TrendRevenue::netRevenue));
        List<Row> rows = points.stream().sorted(Comparator.comparing(TrendPoint::date))
                .map(p -> new Row(p, currencies.stream()
                        .map(c -> net.getOrDefault(List.of(p.date(), c), Money.zero(c))).toList()))
                .toList();
        List<ColumnChart> charts = new ArrayList<>();
        charts.add(chart("Orders settled per date", rows, List.of(new ColumnChart.Series("settled orders", "orders")),
                r -> List.of(count(r.point().settledOrders()))));
        for (int i = 0; i < currencies.size(); i++) {
            int c = i;
            charts.add(chart("Net revenue per date, " + currencies.get(c), rows,
                    List.of(new ColumnChart.Series("net revenue " + currencies.get(c), "revenue")),
                    r -> List.of(r.netRevenue().get(c))));
        }
        charts.add(chart("Exceptions open at each date's cut-off", rows,
                List.of(new ColumnChart.Series("BLOCKING", "blocking"), new ColumnChart.Series("WARNING", "warning")),
                r -> List.of(count(r.point().openBlocking()), count(r.point().openWarning()))));
        charts.add(chart("Rows read per date, all feeds", rows,
                List.of(new ColumnChart.Series("accepted or duplicate", "rows"),
                        new ColumnChart.Series("rejected", "rejected")),
                r -> List.of(count(r.point().rowsRead() - r.point().rowsRejected()), count(r.point().rowsRejected()))));
        return new Trend(currencies, rows, charts);
    }

    private static ColumnChart chart(String title, List<Row> rows, List<ColumnChart.Series> series,
            Function<Row, List<BigDecimal>> values) {
        List<ColumnCharts.Input> inputs = rows.stream().map(r -> new ColumnCharts.Input(
                r.point().date().format(AXIS), r.point().date().toString(), values.apply(r))).toList();
        return ColumnCharts.layout(title, ColumnChart.WIDE, series, inputs, Numbers::amount);
    }

    private static BigDecimal count(long n) {
        return BigDecimal.valueOf(n);
    }
}
