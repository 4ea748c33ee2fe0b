package com.pickupsettlement.report.html;

import java.util.Comparator;
import java.util.List;

/** The date's files in feed order, with the totals over all of them. */
record Volumes(List<FileVolume> files, long read, long accepted, long duplicates, long rejected) {

    static Volumes of(List<FileVolume> files) {
        List<FileVolume> sorted = files.stream().sorted(Comparator.comparing(FileVolume::feed, Feeds.FEED_ORDER)
                .thenComparing(FileVolume::fileName)).toList();
        return new Volumes(sorted, sorted.stream().mapToLong(FileVolume::read).sum(),
                sorted.stream().mapToLong(FileVolume::accepted).sum(),
                sorted.stream().mapToLong(FileVolume::duplicates).sum(),
                sorted.stream().mapToLong(FileVolume::rejected).sum());
    }
}
