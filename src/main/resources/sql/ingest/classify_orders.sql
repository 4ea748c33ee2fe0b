-- Rulebook 2.1 and 8: the checks of an order row against other rows, set-based.
-- A version (order_id, updated_at instant) already loaded, or accepted earlier in this file,
-- makes a row a duplicate when its cells are identical and a conflicting version otherwise.
-- Any other row must keep the order's immutable fields (all but status) or is rejected.
-- The immutable fields of an order are those of its first accepted row ever.
-- Freshly COPYed: without statistics the planner would pick nested loops over line numbers.
-- Sorts and hashes over a night's rows: let them stay in memory (this transaction only).
SET LOCAL work_mem = '256MB';

ANALYZE stg_orders;

-- Only orders seen twice in the file, or already known, can clash: most of a night's rows are
-- the single first version of a new order and are accepted without further work.
WITH contested AS (
    SELECT order_id FROM stg_orders
    WHERE business_date = :date AND outcome IS NULL
    GROUP BY order_id
    HAVING count(*) > 1
    UNION
    SELECT s.order_id FROM stg_orders s
    WHERE s.business_date = :date AND s.outcome IS NULL
      -- One probe of the primary key per row (the LIMIT keeps it a probe: a semi-join would read
      -- every order of history each night, issue 18). The lookups below read only the contested
      -- orders and are left to the planner.
      AND EXISTS (SELECT 1 FROM (SELECT 1 FROM customer_order c WHERE c.order_id = s.order_id LIMIT 1) known)
), valid AS (
    SELECT line_number, order_id, updated_at, cells, order_time, buyer_id, seller_id,
           pickup_point_id, currency, amount
    FROM stg_orders
    WHERE business_date = :date AND outcome IS NULL
      AND order_id IN (SELECT order_id FROM contested)
), first_in_file AS (
    SELECT DISTINCT ON (order_id) *
    FROM valid
    ORDER BY order_id, line_number
), base AS (
    SELECT f.order_id,
           coalesce(c.order_time, f.order_time)           AS order_time,
           coalesce(c.buyer_id, f.buyer_id)               AS buyer_id,
           coalesce(c.seller_id, f.seller_id)             AS seller_id,
           coalesce(c.pickup_point_id, f.pickup_point_id) AS pickup_point_id,
           coalesce(c.currency, f.currency)               AS currency,
           coalesce(c.amount, f.amount)                   AS amount
    FROM first_in_file f
    LEFT JOIN customer_order c ON c.order_id = f.order_id
), judged AS (
    SELECT v.line_number, v.order_id, v.updated_at, v.cells,
           (v.order_time = b.order_time AND v.buyer_id = b.buyer_id AND v.seller_id = b.seller_id
            AND v.pickup_point_id = b.pickup_point_id AND v.currency = b.currency
            AND v.amount = b.amount) AS keeps_immutables
    FROM valid v
    JOIN base b ON b.order_id = v.order_id
), accepted_in_file AS (
    SELECT DISTINCT ON (j.order_id, j.updated_at) j.order_id, j.updated_at, j.line_number, j.cells
    FROM judged j
    WHERE j.keeps_immutables
      AND NOT EXISTS (SELECT 1 FROM order_version ov
                      WHERE ov.order_id = j.order_id AND ov.updated_at = j.updated_at)
    ORDER BY j.order_id, j.updated_at, j.line_number
), decided AS (
    SELECT j.line_number,
           CASE
               WHEN ov.order_id IS NOT NULL THEN CASE WHEN ov.cells = j.cells THEN 'D' ELSE 'R' END
               WHEN a.line_number = j.line_number THEN 'A'
               WHEN a.line_number < j.line_number THEN CASE WHEN a.cells = j.cells THEN 'D' ELSE 'R' END
               ELSE 'R'
           END AS outcome,
           CASE
               WHEN ov.order_id IS NOT NULL THEN CASE WHEN ov.cells = j.cells THEN NULL ELSE :conflictingVersion END
               WHEN a.line_number = j.line_number THEN NULL
               WHEN a.line_number < j.line_number THEN CASE WHEN a.cells = j.cells THEN NULL ELSE :conflictingVersion END
               ELSE :immutableFieldChanged
           END AS reason
    FROM judged j
    LEFT JOIN order_version ov ON ov.order_id = j.order_id AND ov.updated_at = j.updated_at
    LEFT JOIN accepted_in_file a ON a.order_id = j.order_id AND a.updated_at = j.updated_at
)
UPDATE stg_orders s
SET outcome = d.outcome, reject_reason = d.reason
FROM decided d
WHERE d.outcome <> 'A' AND s.business_date = :date AND s.line_number = d.line_number;
