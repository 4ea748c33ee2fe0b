-- Rulebook 2.3 and 8: a repeated event_id is a duplicate when identical, else a conflicting event.
-- Freshly COPYed: without statistics the planner would pick nested loops over line numbers.
-- Sorts and hashes over a night's rows: let them stay in memory (this transaction only).
SET LOCAL work_mem = '256MB';

ANALYZE stg_pickups;

WITH valid AS (
    SELECT line_number, event_id, cells
    FROM stg_pickups
    WHERE business_date = :date AND outcome IS NULL
), first_in_file AS (
    SELECT DISTINCT ON (event_id) event_id, line_number, cells
    FROM valid
    ORDER BY event_id, line_number
), decided AS (
    SELECT v.line_number,
           CASE WHEN coalesce(e.cells, f.cells) = v.cells THEN 'D' ELSE 'R' END AS outcome
    FROM valid v
    JOIN first_in_file f ON f.event_id = v.event_id
    -- One probe of the primary key per event of the night (the LIMIT keeps it a probe, where a join
    -- would read every event of history, each night: issue 18).
    LEFT JOIN LATERAL (SELECT e.event_id, e.cells FROM pickup_event e WHERE e.event_id = v.event_id
                       LIMIT 1) e ON true
    -- the first row of an event_id never seen before is the accepted one
    WHERE e.event_id IS NOT NULL OR f.line_number <> v.line_number
)
UPDATE stg_pickups s
SET outcome = d.outcome, reject_reason = CASE WHEN d.outcome = 'R' THEN :conflictingEvent END
FROM decided d
WHERE s.business_date = :date AND s.line_number = d.line_number;
