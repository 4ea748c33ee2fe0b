-- CURRENCY_MISMATCH per order: a manifest line's currency differs from the order's.
INSERT INTO exception_today (type, severity, order_id, tracking_number, detail)
SELECT :type, :severity, o.order_id, '',
       'manifest currency ' || string_agg(DISTINCT ml.currency, '|') || ' vs order ' || o.currency
FROM @orderRows o
JOIN @lines ml ON ml.order_id = o.order_id
WHERE ml.currency <> o.currency
  AND @orders(o.order_id)
GROUP BY o.order_id, o.currency;
