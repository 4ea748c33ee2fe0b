-- UNKNOWN_ORDER per (tracking, order_id): a manifest line whose order_id has no accepted order.
-- The order is looked up by a line's order_id, and scope_order holds every order a line of
-- scope_line names, second orders of a shared tracking number included.
INSERT INTO exception_today (type, severity, order_id, tracking_number, detail)
SELECT :type, :severity, ml.order_id, ml.tracking_number, 'no accepted order row for this order_id'
FROM @lines ml
WHERE NOT EXISTS (SELECT 1 FROM @orderRows o WHERE o.order_id = ml.order_id);
