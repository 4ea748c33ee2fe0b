package com.pickupsettlement.ingest;

/** What became of a file's data rows; rulebook 2.5 requires read = accepted + duplicates + rejected. */
public record FeedCounts(long read, long accepted, long duplicates, long rejected) {
}
