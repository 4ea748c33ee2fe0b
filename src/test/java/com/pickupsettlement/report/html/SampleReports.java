package com.pickupsettlement.report.html;

import com.pickupsettlement.domain.AgreementTerm;
import com.pickupsettlement.domain.AgreementTerm.Role;
import com.pickupsettlement.domain.ExceptionType;
import com.pickupsettlement.domain.RevenueShare;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Realistic models for the page tests, made the way the pipeline makes them: synthetic orders
 * of every date split with {@link RevenueShare}, so owed amounts, the tie, the trend and the
 * statement all agree with each other. Three parties with Cyrillic names; RUB and JPY (no minor
 * digits); reversals, a date whose JPY net revenue is negative, dates missing from the trend.
 */
final class SampleReports {
    static final LocalDate DATE = LocalDate.of(2026, 11, 18);
    static final YearMonth MONTH = YearMonth.of(2026, 10);
    static final List<AgreementTerm> TERMS = List.of(
            new AgreementTerm("ALIEXPRESS", "АлиЭкспресс Россия", Role.MARKETPLACE, null, LocalDate.of(2026, 1, 1), null),
            new AgreementTerm("CSL", "Цайняо Смарт Лоджистикс", Role.PARTNER, new BigDecimal("1.5"),
                    LocalDate.of(2026, 1, 1), null),
            new AgreementTerm("SPSR", "СПСР-Экспресс", Role.PARTNER, new BigDecimal("3.5"), LocalDate.of(2026, 1, 1), null));
    /** Nights that did not run: the trend leaves them out. */
    static final Set<LocalDate> NO_RUN = Set.of(LocalDate.of(2026, 10, 25), LocalDate.of(2026, 11, 1),
            LocalDate.of(2026, 11, 8));

    private SampleReports() {
    }

    /** An order as settled or reversed on a date; {@code settledOn} is the original date of a reversal. */
    record Order(String currency, BigDecimal revenue, LocalDate settledOn) {
    }

    record Day(LocalDate date, List<Order> settled, List<Order> reversed) {
        BigDecimal net(String currency) {
            BigDecimal net = Money.zero(currency);
            for (Order o : settled) {
                net = o.currency().equals(currency) ? net.add(o.revenue()) : net;
            }
            for (Order o : reversed) {
                net = o.currency().equals(currency) ? net.subtract(o.revenue()) : net;
            }
            return net;
        }

        boolean orders(String currency) {
            return settled.stream().anyMatch(o -> o.currency().equals(currency))
                    || reversed.stream().anyMatch(o -> o.currency().equals(currency));
        }
    }

    /** The same date always gives the same orders. */
    static Day day(LocalDate date) {
        int k = date.getDayOfYear();
        List<Order> settled = new ArrayList<>();
        for (int i = 0; i < 140 + (k * 37) % 90; i++) {
            settled.add(new Order("RUB", BigDecimal.valueOf(39_900 + ((long) i * 7919 + k * 104_729L) % 2_400_000, 2), date));
        }
        for (int i = 0; i < (k % 3 == 0 ? 0 : 3 + k % 9); i++) {
            settled.add(new Order("JPY", BigDecimal.valueOf(1_200 + ((long) i * 6151 + k * 7243L) % 48_000), date));
        }
        List<Order> reversed = new ArrayList<>();
        for (int i = 0; i < (k % 4 == 0 ? 0 : 1 + k % 3); i++) {
            reversed.add(new Order("RUB", BigDecimal.valueOf(120_000 + (i * 331_337L + k * 7_777L) % 1_500_000, 2),
                    date.minusDays(3 + 2L * (i % 2))));
        }
        if (k % 3 == 0 && k % 2 == 1) {
            // A day with no JPY sales but a large JPY refund: net revenue below zero.
            reversed.add(new Order("JPY", BigDecimal.valueOf(64_000), date.minusDays(6)));
        }
        return new Day(date, settled, reversed);
    }

    static DailyReport daily() {
        Day d = day(DATE);
        List<ExceptionCount> exceptions = List.of(
                ExceptionCount.of(ExceptionType.DUPLICATE_TRACKING, 0, 1),
                ExceptionCount.of(ExceptionType.DUPLICATE_TRACKING, 12, 2),
                ExceptionCount.of(ExceptionType.WRONG_POINT, 3, 1),
                ExceptionCount.of(ExceptionType.PARCEL_COUNT_MISMATCH, 41, 1),
                ExceptionCount.of(ExceptionType.PARTIAL_COLLECTION, 1, 2),
                ExceptionCount.of(ExceptionType.LATE_ARRIVAL, 0, 5),
                ExceptionCount.of(ExceptionType.LATE_ARRIVAL, 2, 3),
                ExceptionCount.of(ExceptionType.UNCLAIMED, 16, 4),
                ExceptionCount.of(ExceptionType.UNCLAIMED, 20, 2),
                ExceptionCount.of(ExceptionType.NOT_SHIPPED, 6, 7),
                ExceptionCount.of(ExceptionType.NOT_SHIPPED, 9, 3),
                ExceptionCount.of(ExceptionType.UNKNOWN_ORDER, 0, 2),
                ExceptionCount.of(ExceptionType.OVERDUE_IN_TRANSIT, 10, 6));
        List<FileVolume> files = List.of(
                new FileVolume("orders", "orders_20261118.csv", 312, 305, 3, 4),
                new FileVolume("manifest", "manifest_20261118.csv", 298, 296, 0, 2),
                new FileVolume("pickups", "pickups_20261118.csv", 640, 637, 2, 1),
                new FileVolume("resolutions", "resolutions_20261118.csv", 3, 2, 0, 1));
        List<RejectCount> rejects = List.of(
                new RejectCount("orders", "bad format (amount)", 2),
                new RejectCount("orders", "conflicting version", 1),
                new RejectCount("orders", "missing field", 1),
                new RejectCount("manifest", "bad format (dispatched_at)", 2),
                new RejectCount("pickups", "event in the future", 1),
                new RejectCount("resolutions", "not open", 1));
        List<TrendPoint> trend = new ArrayList<>();
        List<TrendRevenue> trendRevenue = new ArrayList<>();
        for (LocalDate t = DATE.minusDays(DailyReport.TREND_DATES - 1); !t.isAfter(DATE); t = t.plusDays(1)) {
            if (NO_RUN.contains(t)) {
                continue;
            }
            Day td = day(t);
            int k = t.getDayOfYear();
            trend.add(t.equals(DATE)
                    ? new TrendPoint(t, td.settled().size(), 7, 32, 1253, 8)
                    : new TrendPoint(t, td.settled().size(), 3 + k % 6, 20 + (k * 7) % 19, 1100 + (k * 53) % 400, k % 5));
            for (String c : List.of("JPY", "RUB")) {
                if (td.orders(c)) {
                    trendRevenue.add(new TrendRevenue(t, c, td.net(c)));
                }
            }
        }
        return new DailyReport(DATE, files, owed(List.of(d)), settled(d), reversals(List.of(d)),
                List.of(new HeldBack("RUB", 9, new BigDecimal("84230.00")), new HeldBack("JPY", 1, new BigDecimal("96000"))),
                2, exceptions, rejects, trend, trendRevenue);
    }

    /** A quiet date: every feed header-only, nothing settled, open or rejected, no earlier run. */
    static DailyReport emptyDay() {
        return new DailyReport(DATE, List.of(
                new FileVolume("orders", "orders_20261118.csv", 0, 0, 0, 0),
                new FileVolume("manifest", "manifest_20261118.csv", 0, 0, 0, 0),
                new FileVolume("pickups", "pickups_20261118.csv", 0, 0, 0, 0)),
                List.of(), List.of(), List.of(), List.of(), 0, List.of(), List.of(), List.of(), List.of());
    }

    static StatementReport statement() {
        List<Day> days = new ArrayList<>();
        for (LocalDate d = MONTH.atDay(1); !d.isAfter(MONTH.atEndOfMonth()); d = d.plusDays(1)) {
            days.add(day(d));
        }
        List<DayShare> shares = new ArrayList<>();
        for (Day d : days) {
            for (PartyTotal p : owed(List.of(d))) {
                shares.add(new DayShare(d.date(), p.partyCode(), p.currency(), p.shareTotal()));
            }
        }
        return new StatementReport(MONTH, owed(days),
                days.stream().map(d -> new StatementDay(d.date(), d.settled().size())).toList(), shares, reversals(days));
    }

    /** The summary rows over the given dates: one SHARE (or REVERSAL) line per party for each order. */
    static List<PartyTotal> owed(List<Day> days) {
        Map<List<String>, long[]> lines = new TreeMap<>(Comparator.comparing(Object::toString));
        Map<List<String>, BigDecimal[]> amounts = new TreeMap<>(Comparator.comparing(Object::toString));
        for (Day d : days) {
            for (Order o : d.settled()) {
                add(lines, amounts, o, 1);
            }
            for (Order o : d.reversed()) {
                add(lines, amounts, o, -1);
            }
        }
        List<PartyTotal> rows = new ArrayList<>();
        for (var e : lines.entrySet()) {
            String party = e.getKey().get(0);
            String currency = e.getKey().get(1);
            BigDecimal[] a = amounts.get(e.getKey());
            rows.add(new PartyTotal(party, name(party), currency, e.getValue()[0], e.getValue()[1], a[0], a[1]));
        }
        return rows;
    }

    private static void add(Map<List<String>, long[]> lines, Map<List<String>, BigDecimal[]> amounts, Order o, int sign) {
        for (RevenueShare.Part part : RevenueShare.allocate(o.revenue(), o.currency(), TERMS)) {
            List<String> key = List.of(part.partyCode(), o.currency());
            lines.computeIfAbsent(key, x -> new long[2])[sign > 0 ? 0 : 1]++;
            BigDecimal[] a = amounts.computeIfAbsent(key, x -> new BigDecimal[] {Money.zero(o.currency()), Money.zero(o.currency())});
            BigDecimal s = BigDecimal.valueOf(sign);
            a[0] = a[0].add(o.revenue().multiply(s));
            a[1] = a[1].add(part.amount().multiply(s));
        }
    }

    private static List<SettledRevenue> settled(Day d) {
        List<SettledRevenue> rows = new ArrayList<>();
        for (String c : List.of("RUB", "JPY")) {
            List<Order> os = d.settled().stream().filter(o -> o.currency().equals(c)).toList();
            if (!os.isEmpty()) {
                rows.add(new SettledRevenue(c, os.size(), Money.sum(c, os.stream().map(Order::revenue).toList())));
            }
        }
        return rows;
    }

    private static List<Reversal> reversals(List<Day> days) {
        Map<List<Object>, List<Order>> groups = new TreeMap<>(Comparator.comparing(Object::toString));
        for (Day d : days) {
            for (Order o : d.reversed()) {
                groups.computeIfAbsent(List.of(d.date(), o.settledOn(), o.currency()), x -> new ArrayList<>()).add(o);
            }
        }
        return groups.entrySet().stream().map(e -> {
            String c = (String) e.getKey().get(2);
            return new Reversal((LocalDate) e.getKey().get(0), (LocalDate) e.getKey().get(1), c, e.getValue().size(),
                    Money.sum(c, e.getValue().stream().map(Order::revenue).toList()));
        }).toList();
    }

    static String name(String party) {
        return TERMS.stream().filter(t -> t.partyCode().equals(party)).findFirst().orElseThrow().partyName();
    }
}
