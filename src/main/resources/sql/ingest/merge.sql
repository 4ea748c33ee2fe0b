-- Moves the accepted rows of one date from staging into the core tables, in one transaction.
-- Sorts and hashes over a night's rows: let them stay in memory (this transaction only).
SET LOCAL work_mem = '256MB';

-- Inserts come in key order throughout, so B-tree pages stay hot.
INSERT INTO order_version (order_id, updated_at, status, cells, business_date, line_number)
SELECT order_id, updated_at, status, cells, business_date, line_number
FROM stg_orders
WHERE business_date = :date AND outcome IS NULL
ORDER BY order_id, updated_at;

INSERT INTO customer_order (order_id, order_time, buyer_id, seller_id, pickup_point_id, currency,
                            amount, status, updated_at, first_loaded_on)
SELECT DISTINCT ON (order_id) order_id, order_time, buyer_id, seller_id, pickup_point_id, currency,
       amount, status, updated_at, business_date
FROM stg_orders
WHERE business_date = :date AND outcome IS NULL
ORDER BY order_id, updated_at DESC
ON CONFLICT (order_id) DO UPDATE
    SET status = EXCLUDED.status, updated_at = EXCLUDED.updated_at
    WHERE EXCLUDED.updated_at > customer_order.updated_at;

INSERT INTO manifest_line (tracking_number, order_id, defining, manifest_id, parcel_no, parcel_count,
                           dispatched_at, declared_value, currency, weight_kg, destination_point_id,
                           comment, business_date, line_number)
SELECT s.tracking_number, s.order_id,
       NOT EXISTS (SELECT 1 FROM manifest_line m WHERE m.tracking_number = s.tracking_number)
           AND s.line_number = min(s.line_number) OVER (PARTITION BY s.tracking_number),
       s.manifest_id, s.parcel_no, s.parcel_count, s.dispatched_at, s.declared_value, s.currency,
       s.weight_kg, s.destination_point_id, s.comment, s.business_date, s.line_number
FROM stg_manifest s
WHERE s.business_date = :date AND s.outcome IS NULL
ORDER BY s.tracking_number, s.order_id;

INSERT INTO pickup_event (event_id, tracking_number, point_id, event_type, event_time, operator_id,
                          cells, business_date)
SELECT event_id, tracking_number, point_id, event_type, event_time, operator_id, cells, business_date
FROM stg_pickups
WHERE business_date = :date AND outcome IS NULL
ORDER BY event_id;

-- Fresh statistics for the reconciliation that follows.
ANALYZE customer_order;
ANALYZE manifest_line;
ANALYZE pickup_event;
