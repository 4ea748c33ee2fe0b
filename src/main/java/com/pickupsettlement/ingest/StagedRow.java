package com.pickupsettlement.ingest;

/**
 * A data record on its way to staging: where it came from, its raw text, the first fault found by
 * the cell checks (null when it passed), the MD5 of the cell texts for "identical" comparisons, and the
 * typed staging columns as Java values of their column types (String, OffsetDateTime or Instant,
 * BigDecimal, Integer; see {@link com.pickupsettlement.system.CopyBinary}), all null when rejected.
 */
public record StagedRow(long lineNumber, String raw, String rejectReason, byte[] cells, Object[] values) {
}
