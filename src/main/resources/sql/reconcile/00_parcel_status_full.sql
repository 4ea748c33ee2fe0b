-- Full scope (the first date ever, a change of SLA figures, or settlement.reconcile.scope=FULL):
-- every parcel's status is rebuilt from every event before the cut-off (rulebook 3), and every
-- order and parcel is re-evaluated.
-- Sorts and hashes over a night's rows: let them stay in memory (this transaction only).
SET LOCAL work_mem = '256MB';

TRUNCATE work_parcel_status, work_order_shipment, exception_today, work_scope_order, work_scope_tracking;

-- Parcel status: the type of its last event ordered by (event_time, event_id).
INSERT INTO work_parcel_status (tracking_number, status, status_time, status_event_id)
SELECT DISTINCT ON (tracking_number) tracking_number, event_type, event_time, event_id
FROM pickup_event
WHERE event_time < :cutoff
ORDER BY tracking_number, event_time DESC, event_id DESC;
