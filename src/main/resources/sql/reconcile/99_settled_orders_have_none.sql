-- Rulebook 4: an exception is open only while its order has not been settled.
DELETE FROM exception_today t
WHERE t.order_id <> ''
  AND EXISTS (SELECT 1 FROM settled_order s WHERE s.order_id = t.order_id);

-- Settlement and the history update join on it next.
ANALYZE exception_today;
