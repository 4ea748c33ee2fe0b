-- UNCLAIMED per tracking with events: status ARRIVED and cut-off - that ARRIVED
-- event_time > the holding SLA (14 days).
INSERT INTO exception_today (type, severity, order_id, tracking_number, detail)
SELECT :type, :severity, coalesce(d.order_id, ''), ps.tracking_number,
       'ARRIVED ' || msk_iso(ps.status_time) || ', not collected'
FROM @statuses ps
LEFT JOIN @lines d ON d.tracking_number = ps.tracking_number AND d.defining
WHERE ps.status = 'ARRIVED'
  AND @trackings(ps.tracking_number)
  AND :cutoff - ps.status_time > :holdingSeconds * interval '1 second';
