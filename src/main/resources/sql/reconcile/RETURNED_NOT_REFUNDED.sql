-- RETURNED_NOT_REFUNDED per order: PAID, all parcels manifested (rule 2 of section 3),
-- every parcel REFUSED or RETURNED.
INSERT INTO exception_today (type, severity, order_id, tracking_number, detail)
SELECT :type, :severity, o.order_id, '',
       'every parcel refused or returned (' || s.trackings || '); order still PAID'
FROM @orderRows o
JOIN work_order_shipment s ON s.order_id = o.order_id
WHERE o.status = 'PAID'
  AND @orders(o.order_id)
  AND all_parcels_manifested(s)
  AND s.back = s.parcels;
