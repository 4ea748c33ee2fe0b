-- Clock HOLDING (UNCLAIMED): the parcels whose holding SLA, counted from the ARRIVED event that
-- made their status, ran out since the previous cut-off. Closed at both ends, like every window.
-- A new rule on this clock must be caught by this filter, or widen it.
SELECT tracking_number FROM work_parcel_status
WHERE status = 'ARRIVED'
  AND status_time >= :previousCutoff - :holdingSeconds * interval '1 second'
  AND status_time <= :cutoff - :holdingSeconds * interval '1 second'
