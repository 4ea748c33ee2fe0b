-- Rulebook 9, Rows: tonight's resolutions that passed their field checks, judged in line order
-- against the state at the date before any row of the file applies (exception_today now holds
-- exactly the exceptions open at the date). The file is small; the judgement is set-based all
-- the same, one statement, like the feeds' classification.
--
-- A row repeating the action and identity (CLOSE: type, order_id, tracking_number; WRITE_OFF:
-- order_id) of an earlier accepted row is a duplicate when its cells are identical and a
-- conflicting resolution otherwise. Then a CLOSE naming no open exception, or a WRITE_OFF of an
-- order that is unknown, settled or already written off, is not open. Then one parcel, one
-- order: a DUPLICATE_TRACKING CLOSE for (order, T) is a conflicting resolution when T was already
-- released to another order (a CLOSE in force, or ended because its order settled) or is
-- released to another order by an earlier row of this file.
--
-- Rows of one identity share every judgement, so the first row's verdict decides its repeats:
-- accepted, they are duplicates or conflicting resolutions; rejected, they are rejected alike.
WITH candidate AS (
    SELECT line_number, action, type, order_id, tracking_number, cells
    FROM stg_resolutions
    WHERE business_date = :date AND outcome IS NULL
), identity AS (
    SELECT c.*,
           first_value(c.line_number) OVER same AS first_line,
           first_value(c.cells) OVER same AS first_cells
    FROM candidate c
    WINDOW same AS (PARTITION BY c.action, c.type, c.order_id, c.tracking_number ORDER BY c.line_number)
), judged AS (
    SELECT i.*,
           CASE WHEN i.action = 'CLOSE'
                THEN EXISTS (SELECT 1 FROM exception_today t
                             WHERE t.type = i.type AND t.order_id = i.order_id AND t.tracking_number = i.tracking_number)
                ELSE (EXISTS (SELECT 1 FROM customer_order o WHERE o.order_id = i.order_id)
                      OR EXISTS (SELECT 1 FROM manifest_line m WHERE m.order_id = i.order_id))
                     AND NOT EXISTS (SELECT 1 FROM settled_order s WHERE s.order_id = i.order_id)
                     AND NOT EXISTS (SELECT 1 FROM resolution w WHERE w.action = 'WRITE_OFF' AND w.order_id = i.order_id)
           END AS open,
           i.action = 'CLOSE' AND i.type = 'DUPLICATE_TRACKING'
               AND EXISTS (SELECT 1 FROM resolution r
                           WHERE r.action = 'CLOSE' AND r.type = 'DUPLICATE_TRACKING'
                             AND r.tracking_number = i.tracking_number AND r.order_id <> i.order_id
                             AND (r.ended_on IS NULL OR r.ended_because = 'SETTLED')) AS released_before
    FROM identity i
), released_tonight AS (
    SELECT DISTINCT ON (tracking_number) tracking_number, order_id
    FROM judged
    WHERE action = 'CLOSE' AND type = 'DUPLICATE_TRACKING' AND line_number = first_line AND open AND NOT released_before
    ORDER BY tracking_number, line_number
), verdict AS (
    SELECT j.line_number, j.first_line, j.cells, j.first_cells,
           CASE WHEN NOT j.open THEN :notOpen
                WHEN j.released_before OR n.order_id <> j.order_id THEN :conflictingResolution
           END AS first_reason
    FROM judged j
    LEFT JOIN released_tonight n ON j.action = 'CLOSE' AND j.type = 'DUPLICATE_TRACKING'
                                AND n.tracking_number = j.tracking_number
), decided AS (
    SELECT line_number,
           line_number <> first_line AND first_reason IS NULL AND cells = first_cells AS duplicate,
           CASE WHEN line_number = first_line OR first_reason IS NOT NULL THEN first_reason
                WHEN cells <> first_cells THEN :conflictingResolution
           END AS reason
    FROM verdict
)
UPDATE stg_resolutions s
SET outcome = CASE WHEN d.duplicate THEN 'D' ELSE 'R' END, reject_reason = d.reason
FROM decided d
WHERE s.business_date = :date AND s.line_number = d.line_number AND (d.duplicate OR d.reason IS NOT NULL);
