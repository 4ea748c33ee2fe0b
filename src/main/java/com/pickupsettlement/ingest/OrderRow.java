package com.pickupsettlement.ingest;

import com.pickupsettlement.system.CopyBinary;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** Rulebook 2.1: an order row, as the columns of stg_orders (the file's header, in its order). */
public record OrderRow(String orderId, OffsetDateTime orderTime, String buyerId, String sellerId,
                       String pickupPointId, String currency, BigDecimal amount, String status,
                       OffsetDateTime updatedAt) implements FeedRow {
    @Override
    public void copyTo(CopyBinary out) {
        out.value(orderId);
        out.value(orderTime);
        out.value(buyerId);
        out.value(sellerId);
        out.value(pickupPointId);
        out.value(currency);
        out.value(amount);
        out.value(status);
        out.value(updatedAt);
    }
}
