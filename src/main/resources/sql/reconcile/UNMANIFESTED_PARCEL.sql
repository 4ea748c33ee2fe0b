-- UNMANIFESTED_PARCEL per tracking (no order): events for a tracking number that no
-- manifest line has.
INSERT INTO exception_today (type, severity, order_id, tracking_number, detail)
SELECT :type, :severity, '', e.tracking_number, count(*) || ' event(s), no manifest line'
FROM @events e
WHERE e.event_time < :cutoff
  AND NOT EXISTS (SELECT 1 FROM @lines ml WHERE ml.tracking_number = e.tracking_number)
GROUP BY e.tracking_number;
