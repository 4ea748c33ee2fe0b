-- The state as of the cut-off of the run's date (rulebook 3).
-- Sorts and hashes over a night's rows: let them stay in memory (this transaction only).
SET LOCAL work_mem = '256MB';

TRUNCATE work_parcel_status, work_order_shipment, exception_today;

-- Parcel status: the type of its last event ordered by (event_time, event_id).
INSERT INTO work_parcel_status (tracking_number, status, status_time)
SELECT DISTINCT ON (tracking_number) tracking_number, event_type, event_time
FROM pickup_event
WHERE event_time < :cutoff
ORDER BY tracking_number, event_time DESC, event_id DESC;

-- A parcel without events is IN_TRANSIT; (tracking_number, order_id) is unique on manifest_line,
-- so count(*) counts distinct parcels.
INSERT INTO work_order_shipment
SELECT ml.order_id,
       count(*),
       min(ml.parcel_count),
       max(ml.parcel_count),
       sum(ml.declared_value),
       min(ml.currency),
       max(ml.currency),
       count(*) FILTER (WHERE ps.status = 'HANDED_OVER'),
       count(*) FILTER (WHERE ps.status IN ('REFUSED', 'RETURNED')),
       max(ps.status_time) FILTER (WHERE ps.status = 'HANDED_OVER'),
       string_agg(ml.tracking_number, '|' ORDER BY ml.tracking_number),
       string_agg(ml.tracking_number, '|' ORDER BY ml.tracking_number) FILTER (WHERE ps.status = 'HANDED_OVER'),
       string_agg(ml.tracking_number, '|' ORDER BY ml.tracking_number) FILTER (WHERE ps.status IN ('REFUSED', 'RETURNED'))
FROM manifest_line ml
LEFT JOIN work_parcel_status ps ON ps.tracking_number = ml.tracking_number
GROUP BY ml.order_id;

ANALYZE work_parcel_status;
ANALYZE work_order_shipment;
