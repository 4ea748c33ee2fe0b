package com.pickupsettlement.report.html;

import java.math.BigDecimal;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Rulebook 5 and 8's control, shown: revenue settled minus revenue reversed is the net revenue,
 * which the parties' shares must add up to exactly.
 */
record RevenueTie(String currency, long settledOrders, BigDecimal settledRevenue, long reversedOrders,
        BigDecimal reversedRevenue, BigDecimal sharesTotal) {

    BigDecimal netRevenue() {
        return settledRevenue.subtract(reversedRevenue);
    }

    BigDecimal difference() {
        return sharesTotal.subtract(netRevenue());
    }

    boolean ties() {
        return difference().signum() == 0;
    }

    static List<RevenueTie> of(List<SettledRevenue> settled, List<Reversal> reversals, List<PartyTotal> owed) {
        TreeSet<String> currencies = new TreeSet<>();
        Stream.of(settled.stream().map(SettledRevenue::currency), reversals.stream().map(Reversal::currency),
                owed.stream().map(PartyTotal::currency)).flatMap(s -> s).forEach(currencies::add);
        return currencies.stream().map(c -> {
            List<SettledRevenue> s = settled.stream().filter(r -> r.currency().equals(c)).toList();
            List<Reversal> r = reversals.stream().filter(x -> x.currency().equals(c)).toList();
            return new RevenueTie(c,
                    s.stream().mapToLong(SettledRevenue::orders).sum(),
                    Money.sum(c, s.stream().map(SettledRevenue::revenue).toList()),
                    r.stream().mapToLong(Reversal::orders).sum(),
                    Money.sum(c, r.stream().map(Reversal::revenue).toList()),
                    Money.sum(c, owed.stream().filter(p -> p.currency().equals(c)).map(PartyTotal::shareTotal).toList()));
        }).toList();
    }
}
