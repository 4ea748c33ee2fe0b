-- WRONG_POINT per tracking: an ARRIVED or HANDED_OVER event at a point other than its
-- order's pickup_point_id (the order of the parcel's first accepted line, when known). The order
-- is looked up by a line's order_id: scope_order holds every order a line of scope_line names.
INSERT INTO exception_today (type, severity, order_id, tracking_number, detail)
SELECT :type, :severity, d.order_id, d.tracking_number,
       'ARRIVED/HANDED_OVER at ' || string_agg(DISTINCT e.point_id, '|') || '; order point ' || o.pickup_point_id
FROM @lines d
JOIN @orderRows o ON o.order_id = d.order_id
JOIN @events e ON e.tracking_number = d.tracking_number
WHERE d.defining
  AND e.event_time < :cutoff
  AND e.event_type IN ('ARRIVED', 'HANDED_OVER')
  AND e.point_id <> o.pickup_point_id
GROUP BY d.order_id, d.tracking_number, o.pickup_point_id;
