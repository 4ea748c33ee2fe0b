package com.pickupsettlement.report.html;

import java.util.Comparator;
import java.util.List;

/** The rulebook's feed order (orders, manifest, pickups, resolutions), which every table of feeds follows. */
final class Feeds {
    private static final List<String> ORDER = List.of("orders", "manifest", "pickups", "resolutions");

    static final Comparator<String> FEED_ORDER = Comparator.<String>comparingInt(Feeds::rank)
            .thenComparing(Comparator.naturalOrder());

    private Feeds() {
    }

    private static int rank(String feed) {
        int i = ORDER.indexOf(feed);
        return i < 0 ? ORDER.size() : i;
    }
}
