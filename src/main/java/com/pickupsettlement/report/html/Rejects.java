package com.pickupsettlement.report.html;

import java.util.Comparator;
import java.util.List;

/** Rejected rows by feed (rulebook order) and reason, most frequent reason first within a feed. */
record Rejects(List<RejectCount> rows, long total) {

    static Rejects of(List<RejectCount> counts) {
        List<RejectCount> rows = counts.stream().filter(r -> r.rows() > 0)
                .sorted(Comparator.comparing(RejectCount::feed, Feeds.FEED_ORDER)
                        .thenComparing(Comparator.comparingLong(RejectCount::rows).reversed())
                        .thenComparing(RejectCount::reason))
                .toList();
        return new Rejects(rows, rows.stream().mapToLong(RejectCount::rows).sum());
    }
}
