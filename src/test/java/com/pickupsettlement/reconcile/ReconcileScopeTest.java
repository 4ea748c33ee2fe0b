package com.pickupsettlement.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.pickupsettlement.support.UnitTest;
import org.junit.jupiter.api.Test;

/**
 * The rules' scope marks: the whole tables in a full night, the night's slices and scope tables
 * (00_scope_incremental.sql) in an incremental one. {@code @orderRows} is not {@code @orders(...)}.
 */
@UnitTest
class ReconcileScopeTest {
    private static final String RULE = "SELECT 1 FROM @orderRows o JOIN @lines l ON l.order_id = o.order_id"
            + " JOIN @events e ON e.tracking_number = l.tracking_number"
            + " LEFT JOIN @statuses ps ON ps.tracking_number = l.tracking_number"
            + " WHERE @orders(o.order_id) AND @trackings(ps.tracking_number)";

    @Test
    void aFullNight_ReadsTheWholeTables() {
        assertEquals("SELECT 1 FROM customer_order o JOIN manifest_line l ON l.order_id = o.order_id"
                + " JOIN pickup_event e ON e.tracking_number = l.tracking_number"
                + " LEFT JOIN work_parcel_status ps ON ps.tracking_number = l.tracking_number"
                + " WHERE TRUE AND TRUE", ReconcileScope.expand(RULE, ReconcileScope.Kind.FULL));
    }

    @Test
    void anIncrementalNight_ReadsTheSlicesAndFiltersByTheScope() {
        assertEquals("SELECT 1 FROM scope_order o JOIN scope_line l ON l.order_id = o.order_id"
                + " JOIN scope_event e ON e.tracking_number = l.tracking_number"
                + " LEFT JOIN scope_status ps ON ps.tracking_number = l.tracking_number"
                + " WHERE o.order_id IN (SELECT order_id FROM work_scope_order)"
                + " AND ps.tracking_number IN (SELECT tracking_number FROM work_scope_tracking)",
                ReconcileScope.expand(RULE, ReconcileScope.Kind.INCREMENTAL));
    }
}
