-- COLLECTED_AFTER_CANCEL per order: status CANCELLED or REFUNDED and some parcel's
-- current status is HANDED_OVER.
INSERT INTO exception_today (type, severity, order_id, tracking_number, detail)
SELECT :type, :severity, o.order_id, '',
       'order ' || o.status || '; handed over ' || s.handed_trackings
FROM @orderRows o
JOIN work_order_shipment s ON s.order_id = o.order_id
WHERE o.status IN ('CANCELLED', 'REFUNDED') AND s.handed > 0
  AND @orders(o.order_id);
