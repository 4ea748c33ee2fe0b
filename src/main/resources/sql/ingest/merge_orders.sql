-- Each accepted order's latest version into the current state (rulebook 2.1): one transaction.
-- Sorts and hashes over a night's rows: let them stay in memory (this transaction only).
SET LOCAL work_mem = '256MB';

-- Inserts come in key order, so B-tree pages stay hot.
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

-- Fresh statistics for the reconciliation that follows.
ANALYZE customer_order;
