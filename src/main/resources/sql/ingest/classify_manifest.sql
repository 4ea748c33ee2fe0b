-- Rulebook 2.2 and 8: a line whose (tracking_number, order_id) matches an accepted line is a
-- duplicate; otherwise the first such line is accepted (a new order_id on a known tracking
-- number too: it is the evidence DUPLICATE_TRACKING needs).
-- Freshly COPYed: without statistics the planner would pick nested loops over line numbers.
-- Sorts and hashes over a night's rows: let them stay in memory (this transaction only).
SET LOCAL work_mem = '256MB';

ANALYZE stg_manifest;

-- "Known" is one probe of manifest_line's primary key per line of the night. Written as EXISTS in
-- the select list, the planner hashed every line of history instead, each night (issue 18): the
-- LIMIT keeps the lateral subquery a probe, so the night's lines set the cost, not history's.
WITH ranked AS (
    SELECT v.line_number,
           row_number() OVER (PARTITION BY v.tracking_number, v.order_id ORDER BY v.line_number) AS nth,
           k.known IS NOT NULL AS known
    FROM stg_manifest v
    LEFT JOIN LATERAL (SELECT true AS known FROM manifest_line m
                       WHERE m.tracking_number = v.tracking_number AND m.order_id = v.order_id
                       LIMIT 1) k ON true
    WHERE v.business_date = :date AND v.outcome IS NULL
)
UPDATE stg_manifest s
SET outcome = 'D'
FROM ranked r
WHERE (r.nth > 1 OR r.known) AND s.business_date = :date AND s.line_number = r.line_number;
