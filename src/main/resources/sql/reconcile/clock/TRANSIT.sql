-- Clock TRANSIT (OVERDUE_IN_TRANSIT): the manifested parcels whose transit SLA ran out since the
-- previous cut-off and that a transit-clock rule can catch: defining line, no event at all. The
-- window is closed at both ends: one parcel too many costs little. A new rule on this clock must
-- be caught by this filter, or widen it.
SELECT d.tracking_number FROM manifest_line d
WHERE d.dispatched_at >= :previousCutoff - :transitSeconds * interval '1 second'
  AND d.dispatched_at <= :cutoff - :transitSeconds * interval '1 second'
  AND d.defining
  AND NOT EXISTS (SELECT 1 FROM work_parcel_status ps WHERE ps.tracking_number = d.tracking_number)
