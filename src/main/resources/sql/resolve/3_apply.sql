-- Rulebook 9: tonight's accepted resolutions apply, before settlement. Kept for good: who, why,
-- from which file and line, and for a CLOSE the exception as it was (severity, first_seen: that of
-- the case open since an earlier date, or tonight's when it first holds tonight).
INSERT INTO resolution (business_date, file_name, line_number, action, type, severity, order_id, tracking_number,
                        first_seen, reason, resolved_by)
SELECT :date, :fileName, s.line_number, s.action, s.type, t.severity, s.order_id, s.tracking_number,
       coalesce((SELECT c.first_seen FROM exception_case c
                 WHERE c.closed_on IS NULL AND c.type = s.type AND c.order_id = s.order_id
                   AND c.tracking_number = s.tracking_number), :date),
       s.reason, s.resolved_by
FROM stg_resolutions s
JOIN exception_today t ON t.type = s.type AND t.order_id = s.order_id AND t.tracking_number = s.tracking_number
WHERE s.business_date = :date AND s.outcome IS NULL AND s.action = 'CLOSE';

INSERT INTO resolution (business_date, file_name, line_number, action, type, severity, order_id, tracking_number,
                        first_seen, reason, resolved_by)
SELECT :date, :fileName, s.line_number, s.action, '', '', s.order_id, '', NULL, s.reason, s.resolved_by
FROM stg_resolutions s
WHERE s.business_date = :date AND s.outcome IS NULL AND s.action = 'WRITE_OFF';

-- From tonight on they are not open: out of tonight's exceptions, they block no settlement, and
-- the history update closes their cases (their keys are in tonight's scope, see the scope).
DELETE FROM exception_today t
USING resolution r
WHERE r.business_date = :date AND r.action = 'CLOSE'
  AND t.type = r.type AND t.order_id = r.order_id AND t.tracking_number = r.tracking_number;

DELETE FROM exception_today t
USING resolution w
WHERE w.business_date = :date AND w.action = 'WRITE_OFF' AND t.order_id = w.order_id;

ANALYZE exception_today;
