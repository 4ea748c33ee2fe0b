-- HANDOVER_WITHOUT_ARRIVAL per tracking with events: a HANDED_OVER event with no
-- earlier ARRIVED event, "earlier" in (event_time, event_id) order.
INSERT INTO exception_today (type, severity, order_id, tracking_number, detail)
SELECT DISTINCT ON (h.tracking_number) :type, :severity, coalesce(d.order_id, ''),
       h.tracking_number,
       'HANDED_OVER ' || msk_iso(h.event_time) || ' (event ' || h.event_id || ') without earlier ARRIVED'
FROM @events h
LEFT JOIN @lines d ON d.tracking_number = h.tracking_number AND d.defining
WHERE h.event_type = 'HANDED_OVER'
  AND h.event_time < :cutoff
  AND NOT EXISTS (SELECT 1 FROM @events a
                  WHERE a.tracking_number = h.tracking_number AND a.event_type = 'ARRIVED'
                    AND (a.event_time, a.event_id) < (h.event_time, h.event_id))
ORDER BY h.tracking_number, h.event_time, h.event_id;
