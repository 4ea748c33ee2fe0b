-- Per order in scope: its parcels and what became of them. A parcel without events is
-- IN_TRANSIT; (tracking_number, order_id) is unique on manifest_line, so count(*) counts
-- distinct parcels. Statuses are looked up by a tracking number of @lines: in an incremental
-- night every one of them is in work_scope_tracking, so in scope_status when it has a status.
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
FROM @lines ml
LEFT JOIN @statuses ps ON ps.tracking_number = ml.tracking_number
WHERE @orders(ml.order_id)
GROUP BY ml.order_id;

-- The whole table: a full night rebuilt it, an incremental one upserted it; the next night's clock
-- windows (sql/reconcile/clock) read it whole.
ANALYZE work_parcel_status;
ANALYZE work_order_shipment;
