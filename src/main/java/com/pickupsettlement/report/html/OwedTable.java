package com.pickupsettlement.report.html;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The summary rows of one currency, parties in code order. Only the owed amounts are added up:
 * every party's revenue is the same orders' revenue, so a column sum of it would mean nothing.
 */
record OwedTable(String currency, String currencyName, List<PartyTotal> rows, BigDecimal shareTotal) {

    static List<OwedTable> of(List<PartyTotal> rows) {
        Map<String, List<PartyTotal>> byCurrency = rows.stream().collect(Collectors.groupingBy(
                PartyTotal::currency, TreeMap::new, Collectors.toList()));
        return byCurrency.entrySet().stream().map(e -> {
            List<PartyTotal> parties = e.getValue().stream()
                    .sorted(Comparator.comparing(PartyTotal::partyCode)).toList();
            return new OwedTable(e.getKey(), Numbers.currencyName(e.getKey()), parties,
                    Money.sum(e.getKey(), parties.stream().map(PartyTotal::shareTotal).toList()));
        }).toList();
    }
}
