package com.pickupsettlement.report.html;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The daily page's sections in the order a finance person reads them, sorted and added up for the template. */
record DailyView(LocalDate date, String longDate, Volumes volumes, List<OwedTable> owed, List<RevenueTie> ties,
        List<ReversalTable> reversals, List<HeldBack> heldBack, long heldBackWithoutAmount, ExceptionTable exceptions,
        Rejects rejects, Trend trend) {

    static DailyView of(DailyReport r) {
        return new DailyView(r.businessDate(), longDate(r.businessDate()), Volumes.of(r.files()),
                OwedTable.of(r.owed()), RevenueTie.of(r.settled(), r.reversals(), r.owed()),
                ReversalTable.of(r.reversals()),
                r.heldBack().stream().sorted(Comparator.comparing(HeldBack::currency)).toList(),
                r.heldBackWithoutAmount(), ExceptionTable.of(r.openExceptions()), Rejects.of(r.rejects()),
                Trend.of(r.trend(), r.trendRevenue()));
    }

    boolean tiesAll() {
        return ties.stream().allMatch(RevenueTie::ties);
    }

    /** E.g. "Wednesday, 18 November 2026": English names fixed, whatever the machine's locale. */
    static String longDate(LocalDate d) {
        return d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ", " + d.getDayOfMonth() + " "
                + d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.getYear();
    }
}
