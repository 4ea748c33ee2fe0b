-- The accepted manifest lines (rulebook 2.2): one transaction.
-- Sorts and hashes over a night's rows: let them stay in memory (this transaction only).
SET LOCAL work_mem = '256MB';

-- Inserts come in key order, so B-tree pages stay hot.
INSERT INTO manifest_line (tracking_number, order_id, defining, manifest_id, parcel_no, parcel_count,
                           dispatched_at, declared_value, currency, weight_kg, destination_point_id,
                           comment, business_date, line_number)
SELECT s.tracking_number, s.order_id,
       k.seen IS NULL AND s.line_number = min(s.line_number) OVER (PARTITION BY s.tracking_number),
       s.manifest_id, s.parcel_no, s.parcel_count, s.dispatched_at, s.declared_value, s.currency,
       s.weight_kg, s.destination_point_id, s.comment, s.business_date, s.line_number
FROM stg_manifest s
-- One probe of the primary key's leading column per line (the LIMIT keeps it a probe): as NOT EXISTS
-- in the select list the planner hashed every tracking number of history each night (issue 18).
LEFT JOIN LATERAL (SELECT true AS seen FROM manifest_line m WHERE m.tracking_number = s.tracking_number
                   LIMIT 1) k ON true
WHERE s.business_date = :date AND s.outcome IS NULL
ORDER BY s.tracking_number, s.order_id;

-- Fresh statistics for the reconciliation that follows.
ANALYZE manifest_line;
