package com.pickupsettlement.ingest;

import com.pickupsettlement.system.CopyBinary;

/**
 * Rulebook 9: a row of finance's resolutions file, as the columns of stg_resolutions (the file's
 * header, in its order), its cells without the leading "'" of a spreadsheet copy.
 */
public record ResolutionRow(String action, String type, String orderId, String trackingNumber, String reason,
                            String resolvedBy) implements FeedRow {
    @Override
    public void copyTo(CopyBinary out) {
        out.value(action);
        out.value(type);
        out.value(orderId);
        out.value(trackingNumber);
        out.value(reason);
        out.value(resolvedBy);
    }
}
