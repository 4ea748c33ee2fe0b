-- INCOMPLETE_SHIPMENT per order: PAID, lines agree on parcel_count, fewer distinct
-- parcels than it, Moscow date of order_time <= D - 5.
INSERT INTO exception_today (type, severity, order_id, tracking_number, detail)
SELECT :type, :severity, o.order_id, '',
       s.parcels || ' of ' || s.max_count || ' parcels manifested'
FROM @orderRows o
JOIN work_order_shipment s ON s.order_id = o.order_id
WHERE o.status = 'PAID'
  AND @orders(o.order_id)
  AND s.min_count = s.max_count AND s.parcels < s.max_count
  AND (o.order_time AT TIME ZONE 'Europe/Moscow')::date <= :shipLimit;
