-- OVERDUE_IN_TRANSIT per manifested tracking: no events at all and
-- cut-off - dispatched_at > the transit SLA. The status is looked up by a tracking number of
-- @lines, in work_scope_tracking, so in scope_status when it has one.
INSERT INTO exception_today (type, severity, order_id, tracking_number, detail)
SELECT :type, :severity, d.order_id, d.tracking_number,
       'dispatched ' || msk_iso(d.dispatched_at) || '; no event since'
FROM @lines d
WHERE d.defining
  AND NOT EXISTS (SELECT 1 FROM @statuses ps WHERE ps.tracking_number = d.tracking_number)
  AND :cutoff - d.dispatched_at > :transitSeconds * interval '1 second';
