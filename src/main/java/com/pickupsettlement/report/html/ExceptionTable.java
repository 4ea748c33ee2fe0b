package com.pickupsettlement.report.html;

import com.pickupsettlement.domain.ExceptionType.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Open exceptions by type (BLOCKING first) and age bucket, and the chart of the buckets by severity. */
record ExceptionTable(List<String> buckets, List<Row> rows, List<Long> bucketTotals, long total, ColumnChart chart) {

    record Row(String type, Severity severity, List<Long> byAge, long total) {
    }

    private record Key(String type, Severity severity) {
    }

    static ExceptionTable of(List<ExceptionCount> counts) {
        int n = AgeBucket.values().length;
        // By type and severity as recorded: a type whose severity changed shows both while both are open.
        Map<Key, long[]> byType = new HashMap<>();
        for (ExceptionCount c : counts) {
            byType.computeIfAbsent(new Key(c.type(), c.severity()), t -> new long[n])
                    [AgeBucket.of(c.ageDays()).ordinal()] += c.count();
        }
        List<Row> rows = byType.entrySet().stream()
                .filter(e -> Arrays.stream(e.getValue()).sum() > 0)
                .map(e -> new Row(e.getKey().type(), e.getKey().severity(),
                        Arrays.stream(e.getValue()).boxed().toList(), Arrays.stream(e.getValue()).sum()))
                .sorted(Comparator.comparing((Row r) -> r.severity() != Severity.BLOCKING)
                        .thenComparing(Row::type))
                .toList();
        long[] totals = new long[n];
        long[][] bySeverity = new long[Severity.values().length][n];
        for (Row r : rows) {
            for (int b = 0; b < n; b++) {
                totals[b] += r.byAge().get(b);
                bySeverity[r.severity().ordinal()][b] += r.byAge().get(b);
            }
        }
        return new ExceptionTable(Arrays.stream(AgeBucket.values()).map(AgeBucket::label).toList(), rows,
                Arrays.stream(totals).boxed().toList(), Arrays.stream(totals).sum(), chart(bySeverity));
    }

    private static ColumnChart chart(long[][] bySeverity) {
        List<ColumnChart.Series> series = List.of(new ColumnChart.Series("BLOCKING", "blocking"),
                new ColumnChart.Series("WARNING", "warning"));
        List<ColumnCharts.Input> inputs = new ArrayList<>();
        for (AgeBucket b : AgeBucket.values()) {
            inputs.add(new ColumnCharts.Input(b.label(), "age " + b.label() + " days", List.of(
                    BigDecimal.valueOf(bySeverity[Severity.BLOCKING.ordinal()][b.ordinal()]),
                    BigDecimal.valueOf(bySeverity[Severity.WARNING.ordinal()][b.ordinal()]))));
        }
        return ColumnCharts.layout("Open exceptions by age in days and severity", ColumnChart.NARROW, series, inputs,
                Numbers::amount);
    }
}
