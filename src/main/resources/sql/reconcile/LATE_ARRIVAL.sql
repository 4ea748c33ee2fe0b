-- LATE_ARRIVAL per manifested tracking: first ARRIVED event_time - dispatched_at > the
-- transit SLA (8 days = 192 hours, an exact duration).
INSERT INTO exception_today (type, severity, order_id, tracking_number, detail)
SELECT :type, :severity, d.order_id, d.tracking_number,
       'dispatched ' || msk_iso(d.dispatched_at) || '; first ARRIVED ' || msk_iso(a.event_time)
FROM @lines d
JOIN (SELECT DISTINCT ON (tracking_number) tracking_number, event_time
      FROM @events
      WHERE event_type = 'ARRIVED' AND event_time < :cutoff
      ORDER BY tracking_number, event_time, event_id) a ON a.tracking_number = d.tracking_number
WHERE d.defining
  AND a.event_time - d.dispatched_at > :transitSeconds * interval '1 second';
