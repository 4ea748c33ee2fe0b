-- UNKNOWN_ORDER per (tracking, order_id): a manifest line whose order_id has no accepted order.
INSERT INTO exception_today (type, severity, order_id, tracking_number, detail)
SELECT :type, :severity, ml.order_id, ml.tracking_number, 'no accepted order row for this order_id'
FROM @lines ml
WHERE NOT EXISTS (SELECT 1 FROM customer_order o WHERE o.order_id = ml.order_id);
