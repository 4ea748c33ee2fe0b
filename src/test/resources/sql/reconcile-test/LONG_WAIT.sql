-- LONG_WAIT, a type that exists only in AddingAnExceptionTypeTest, written by the recipe of the
-- reconcile package's header. Per manifested tracking: status ARRIVED and cut-off - that ARRIVED
-- event_time > the holding SLA. Time alone makes it hold, so it runs on the HOLDING clock.
INSERT INTO exception_today (type, severity, order_id, tracking_number, detail)
SELECT :type, :severity, d.order_id, ps.tracking_number, 'waiting since ' || msk_iso(ps.status_time)
FROM @statuses ps
JOIN @lines d ON d.tracking_number = ps.tracking_number AND d.defining
WHERE ps.status = 'ARRIVED'
  AND @trackings(ps.tracking_number)
  AND :cutoff - ps.status_time > :holdingSeconds * interval '1 second';
