package com.pickupsettlement.ingest;

import com.pickupsettlement.system.CopyBinary;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * Rulebook 2.2: a manifest row, as the columns of stg_manifest (the file's header, in its order);
 * dispatchedAt is the Moscow wall-clock time of the file with its offset.
 */
public record ManifestRow(String manifestId, String trackingNumber, String orderId, Integer parcelNo,
                          Integer parcelCount, OffsetDateTime dispatchedAt, BigDecimal declaredValue,
                          String currency, BigDecimal weightKg, String destinationPointId,
                          String comment) implements FeedRow {
    @Override
    public void copyTo(CopyBinary out) {
        out.value(manifestId);
        out.value(trackingNumber);
        out.value(orderId);
        out.value(parcelNo);
        out.value(parcelCount);
        out.value(dispatchedAt);
        out.value(declaredValue);
        out.value(currency);
        out.value(weightKg);
        out.value(destinationPointId);
        out.value(comment);
    }
}
