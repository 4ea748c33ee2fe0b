-- NOT_SHIPPED per order: PAID, no manifest line, Moscow date of order_time <= D - 5
-- (calendar dates, not durations).
INSERT INTO exception_today (type, severity, order_id, tracking_number, detail)
SELECT :type, :severity, o.order_id, '',
       'ordered ' || to_char((o.order_time AT TIME ZONE 'Europe/Moscow')::date, 'YYYY-MM-DD')
           || ' (Moscow date), no manifest line'
FROM @orderRows o
WHERE o.status = 'PAID'
  AND @orders(o.order_id)
  AND (o.order_time AT TIME ZONE 'Europe/Moscow')::date <= :shipLimit
  AND NOT EXISTS (SELECT 1 FROM @lines ml WHERE ml.order_id = o.order_id);
