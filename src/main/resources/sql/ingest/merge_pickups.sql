-- The accepted pickup events (rulebook 2.3): one transaction.
-- Sorts and hashes over a night's rows: let them stay in memory (this transaction only).
SET LOCAL work_mem = '256MB';

-- Inserts come in key order, so B-tree pages stay hot.
INSERT INTO pickup_event (event_id, tracking_number, point_id, event_type, event_time, operator_id,
                          cells, business_date)
SELECT event_id, tracking_number, point_id, event_type, event_time, operator_id, cells, business_date
FROM stg_pickups
WHERE business_date = :date AND outcome IS NULL
ORDER BY event_id;

-- Fresh statistics for the reconciliation that follows.
ANALYZE pickup_event;
