package com.pickupsettlement.ingest;

/**
 * A data record on its way to staging: where it came from, its raw text, the first fault found by
 * the cell checks (null when it passed), the MD5 of the cell texts for "identical" comparisons, and the
 * typed row (its staging table's typed columns, see {@link FeedRow}); cells and typed are null when
 * rejected.
 */
public record StagedRow(long lineNumber, String raw, String rejectReason, byte[] cells, FeedRow typed) {
}
