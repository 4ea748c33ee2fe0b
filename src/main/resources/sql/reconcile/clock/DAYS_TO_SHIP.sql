-- Clock DAYS_TO_SHIP (NOT_SHIPPED, INCOMPLETE_SHIPMENT): the orders whose days-to-ship ran out
-- today (Moscow date of order_time = D - days-to-ship) and that it can catch: PAID, not settled,
-- fewer lines than parcels. A new rule on this clock must be caught by this filter, or widen it.
SELECT o.order_id FROM customer_order o
WHERE o.order_time >= :shipWindowStart AND o.order_time < :shipWindowEnd
  AND o.status = 'PAID'
  AND NOT EXISTS (SELECT 1 FROM settled_order s WHERE s.order_id = o.order_id)
  AND (SELECT count(*) < coalesce(max(ml.parcel_count), 1) FROM manifest_line ml WHERE ml.order_id = o.order_id)
