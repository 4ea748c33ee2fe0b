-- Rulebook 2.3 and 8: a repeated event_id is a duplicate when identical, else a conflicting event.
-- Freshly COPYed: without statistics the planner would pick nested loops over line numbers.
ANALYZE stg_pickups;

WITH valid AS (
    SELECT line_number, event_id, cells
    FROM stg_pickups
    WHERE business_date = :date AND reject_reason IS NULL
), first_in_file AS (
    SELECT DISTINCT ON (event_id) event_id, line_number, cells
    FROM valid
    ORDER BY event_id, line_number
), decided AS (
    SELECT v.line_number,
           CASE
               WHEN e.event_id IS NOT NULL THEN CASE WHEN e.cells = v.cells THEN 'D' ELSE 'R' END
               WHEN f.line_number = v.line_number THEN 'A'
               WHEN f.cells = v.cells THEN 'D'
               ELSE 'R'
           END AS outcome,
           CASE
               WHEN e.event_id IS NOT NULL THEN CASE WHEN e.cells = v.cells THEN NULL ELSE 'conflicting event' END
               WHEN f.line_number = v.line_number OR f.cells = v.cells THEN NULL
               ELSE 'conflicting event'
           END AS reason
    FROM valid v
    JOIN first_in_file f ON f.event_id = v.event_id
    LEFT JOIN pickup_event e ON e.event_id = v.event_id
)
UPDATE stg_pickups s
SET outcome = d.outcome, reject_reason = d.reason
FROM decided d
WHERE s.business_date = :date AND s.line_number = d.line_number;

UPDATE stg_pickups SET outcome = 'R'
WHERE business_date = :date AND reject_reason IS NOT NULL AND outcome IS NULL;
