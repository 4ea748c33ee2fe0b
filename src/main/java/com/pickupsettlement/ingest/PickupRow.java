package com.pickupsettlement.ingest;

import com.pickupsettlement.system.CopyBinary;
import java.time.Instant;

/** Rulebook 2.3: a pickup event row, as the columns of stg_pickups (the file's header, in its order). */
public record PickupRow(String eventId, String trackingNumber, String pointId, String eventType,
                        Instant eventTime, String operatorId) implements FeedRow {
    @Override
    public void copyTo(CopyBinary out) {
        out.value(eventId);
        out.value(trackingNumber);
        out.value(pointId);
        out.value(eventType);
        out.value(eventTime);
        out.value(operatorId);
    }
}
