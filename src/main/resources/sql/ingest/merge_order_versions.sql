-- Every accepted version of an order, as history (rulebook 2.1): one transaction.
-- Sorts and hashes over a night's rows: let them stay in memory (this transaction only).
SET LOCAL work_mem = '256MB';

-- Inserts come in key order, so B-tree pages stay hot.
INSERT INTO order_version (order_id, updated_at, status, cells, business_date, line_number)
SELECT order_id, updated_at, status, cells, business_date, line_number
FROM stg_orders
WHERE business_date = :date AND outcome IS NULL
ORDER BY order_id, updated_at;
