-- DUPLICATE_TRACKING per (tracking, order_id): one tracking number on lines of two or
-- more order_ids; it blocks every order involved.
INSERT INTO exception_today (type, severity, order_id, tracking_number, detail)
SELECT :type, :severity, ml.order_id, ml.tracking_number,
       'tracking number on lines of orders ' || d.orders
FROM @lines ml
JOIN (SELECT tracking_number, string_agg(order_id, '|' ORDER BY order_id) AS orders
      FROM @lines
      GROUP BY tracking_number
      HAVING count(*) > 1) d ON d.tracking_number = ml.tracking_number;
