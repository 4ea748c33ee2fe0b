-- PARTIAL_COLLECTION per order (known or only on manifest lines): some parcels
-- HANDED_OVER and some REFUSED or RETURNED.
-- (work_order_shipment holds exactly the orders in tonight's scope.)
INSERT INTO exception_today (type, severity, order_id, tracking_number, detail)
SELECT :type, :severity, s.order_id, '',
       'handed over ' || s.handed_trackings || '; refused or returned ' || s.back_trackings
FROM work_order_shipment s
WHERE s.handed > 0 AND s.back > 0;
