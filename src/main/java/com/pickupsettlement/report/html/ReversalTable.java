package com.pickupsettlement.report.html;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The reversals of one currency, oldest first, with how many orders and how much revenue came off in all. */
record ReversalTable(String currency, List<Reversal> rows, long orders, BigDecimal revenue) {
    private static final Comparator<Reversal> ORDER = Comparator.comparing(Reversal::reversedOn)
            .thenComparing(Reversal::originalSettlementDate);

    static List<ReversalTable> of(List<Reversal> reversals) {
        Map<String, List<Reversal>> byCurrency = reversals.stream().collect(Collectors.groupingBy(
                Reversal::currency, TreeMap::new, Collectors.toList()));
        return byCurrency.entrySet().stream().map(e -> {
            List<Reversal> rows = e.getValue().stream().sorted(ORDER).toList();
            return new ReversalTable(e.getKey(), rows, rows.stream().mapToLong(Reversal::orders).sum(),
                    Money.sum(e.getKey(), rows.stream().map(Reversal::revenue).toList()));
        }).toList();
    }
}
