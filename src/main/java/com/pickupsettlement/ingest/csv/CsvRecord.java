package com.pickupsettlement.ingest.csv;

import java.util.List;

/**
 * One CSV record as the rulebook sees it: the 1-based physical line it starts on, its decoded
 * text without the final line break (inner line breaks kept), and its unquoted cells.
 * {@code unterminatedQuote} is set when the input ended inside a quoted cell, so the last cell
 * is a fragment and must never be taken at face value.
 */
public record CsvRecord(long lineNumber, String raw, List<String> cells, boolean unterminatedQuote,
                        int unterminatedCell) {
}
