-- Rulebook 9: the resolutions decided on earlier dates, as they stand at the date. Runs after the
-- rules filled exception_today (the conditions holding at the cut-off, settled orders removed)
-- and before tonight's resolutions file is judged.

-- A CLOSE ends on the first date its order has settled (it settled on an earlier date; one that
-- settles tonight ends tomorrow) ...
UPDATE resolution r SET ended_on = :date, ended_because = 'SETTLED'
WHERE r.action = 'CLOSE' AND r.ended_on IS NULL AND r.order_id <> ''
  AND EXISTS (SELECT 1 FROM settled_order s WHERE s.order_id = r.order_id);

-- ... or on the first date its condition no longer holds. Only tonight's scope was re-evaluated:
-- outside it nothing the condition reads has changed, so it still holds.
UPDATE resolution r SET ended_on = :date, ended_because = 'CONDITION'
WHERE r.action = 'CLOSE' AND r.ended_on IS NULL
  AND CASE WHEN r.tracking_number <> '' THEN @trackings(r.tracking_number) ELSE @orders(r.order_id) END
  AND NOT EXISTS (SELECT 1 FROM exception_today t
                  WHERE t.type = r.type AND t.order_id = r.order_id AND t.tracking_number = r.tracking_number);

-- A CLOSE in force keeps its exception from being open (and from blocking its order) ...
DELETE FROM exception_today t
USING resolution r
WHERE r.action = 'CLOSE' AND r.ended_on IS NULL
  AND t.type = r.type AND t.order_id = r.order_id AND t.tracking_number = r.tracking_number;

-- ... and a written-off order shows no exception again.
DELETE FROM exception_today t
USING resolution w
WHERE w.action = 'WRITE_OFF' AND t.order_id = w.order_id;
