-- Rulebook 2.2 and 8: a line whose (tracking_number, order_id) matches an accepted line is a
-- duplicate; otherwise the first such line is accepted (a new order_id on a known tracking
-- number too: it is the evidence DUPLICATE_TRACKING needs).
-- Freshly COPYed: without statistics the planner would pick nested loops over line numbers.
ANALYZE stg_manifest;

UPDATE stg_manifest s
SET outcome = CASE WHEN f.line_number IS NULL THEN 'D' ELSE 'A' END
FROM stg_manifest v
LEFT JOIN (
    SELECT DISTINCT ON (tracking_number, order_id) line_number
    FROM stg_manifest n
    WHERE n.business_date = :date AND n.reject_reason IS NULL
      AND NOT EXISTS (SELECT 1 FROM manifest_line m
                      WHERE m.tracking_number = n.tracking_number AND m.order_id = n.order_id)
    ORDER BY tracking_number, order_id, line_number
) f ON f.line_number = v.line_number
WHERE v.business_date = :date AND v.reject_reason IS NULL
  AND s.business_date = :date AND s.line_number = v.line_number;

UPDATE stg_manifest SET outcome = 'R'
WHERE business_date = :date AND reject_reason IS NOT NULL AND outcome IS NULL;
