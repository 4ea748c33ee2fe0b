-- VALUE_MISMATCH per order: all parcels manifested (rule 2 of section 3), every line in
-- the order's currency, and abs(sum of declared_value - amount) > 1 % of amount.
INSERT INTO exception_today (type, severity, order_id, tracking_number, detail)
SELECT :type, :severity, o.order_id, '',
       'declared ' || s.declared || ' vs amount ' || o.amount || ' ' || o.currency
FROM @orderRows o
JOIN work_order_shipment s ON s.order_id = o.order_id
WHERE all_parcels_manifested(s)
  AND @orders(o.order_id)
  AND s.min_currency = o.currency AND s.max_currency = o.currency
  AND abs(s.declared - o.amount) * 100 > o.amount * :valueTolerancePercent;
