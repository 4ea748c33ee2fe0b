-- Incremental scope: on top of the previous date's reconciliation, only what can have changed
-- since its cut-off is re-evaluated. An exception's condition reads the order's current row, its
-- manifest lines, its parcels' effective events, and an SLA clock; so the scope is every order
-- and parcel that one of those touched. Re-evaluating more than needed is harmless (each rule is
-- exact for the keys it looks at); missing a key is not, hence the closure at the end.
-- Sorts and hashes over a night's rows: let them stay in memory (this transaction only).
SET LOCAL work_mem = '256MB';
-- The scope is small against history: reach history through its indexes.
SET LOCAL random_page_cost = 1.1;

TRUNCATE work_order_shipment, exception_today, work_scope_order, work_scope_tracking;

-- Parcels whose events changed: those with events accepted today, late ones included. (An event
-- at or after its file's cut-off is rejected (rulebook 2.3), so no event of an earlier file can
-- come into effect tonight.)
CREATE TEMP TABLE moved_parcel ON COMMIT DROP AS
SELECT DISTINCT tracking_number FROM stg_pickups
WHERE business_date = :date AND outcome IS NULL AND event_time < :cutoff;

-- Their status: the last of their events by (event_time, event_id) is either the one that made
-- the previous night's status or one of today's, since no accepted event is ever removed. So only
-- today's events are read, never a parcel's history.
INSERT INTO work_parcel_status (tracking_number, status, status_time, status_event_id)
SELECT DISTINCT ON (tracking_number) tracking_number, event_type, event_time, event_id
FROM stg_pickups
WHERE business_date = :date AND outcome IS NULL AND event_time < :cutoff
ORDER BY tracking_number, event_time DESC, event_id COLLATE "C" DESC
ON CONFLICT (tracking_number) DO UPDATE
    SET status = EXCLUDED.status, status_time = EXCLUDED.status_time, status_event_id = EXCLUDED.status_event_id
    WHERE (EXCLUDED.status_time, EXCLUDED.status_event_id)
        > (work_parcel_status.status_time, work_parcel_status.status_event_id);

-- Parcels in scope: moved ones, those on today's manifest lines, and those whose SLA clock ran
-- out since the previous cut-off and that it can catch. @clockWindows(trackings) stands for the
-- window of every parcel clock some exception type runs on (sql/reconcile/clock/<CLOCK>.sql,
-- chosen from ExceptionType.clock() by ClockWindows), each as "UNION <window>".
INSERT INTO work_scope_tracking (tracking_number)
SELECT tracking_number FROM moved_parcel
UNION
SELECT tracking_number FROM stg_manifest WHERE business_date = :date AND outcome IS NULL
@clockWindows(trackings)
UNION
-- Those tonight's resolutions name (rulebook 9): their exceptions are judged on tonight's state.
SELECT tracking_number FROM stg_resolutions
WHERE business_date = :date AND outcome IS NULL AND tracking_number <> '';
ANALYZE work_scope_tracking;

-- Orders in scope: today's order rows, the orders on the lines of the parcels in scope, the
-- orders whose clock ran out today and that it can catch (@clockWindows(orders), as above), and
-- those tonight's resolutions name.
INSERT INTO work_scope_order (order_id)
SELECT order_id FROM stg_orders WHERE business_date = :date AND outcome IS NULL
UNION
SELECT ml.order_id FROM work_scope_tracking t JOIN manifest_line ml ON ml.tracking_number = t.tracking_number
@clockWindows(orders)
UNION
-- The orders tonight's resolutions name: a CLOSE's order, a WRITE_OFF's order (rulebook 9).
SELECT order_id FROM stg_resolutions
WHERE business_date = :date AND outcome IS NULL AND order_id <> '';
ANALYZE work_scope_order;

-- Closure: a parcel's rules read its order (UNKNOWN_ORDER, WRONG_POINT), so every parcel of an
-- order in scope is in scope too. An order's rules read only its own lines and their parcels.
INSERT INTO work_scope_tracking (tracking_number)
SELECT ml.tracking_number FROM work_scope_order o JOIN manifest_line ml ON ml.order_id = o.order_id
ON CONFLICT DO NOTHING;
ANALYZE work_scope_tracking;

-- The night's slice of history, which the rules read instead of the whole tables (@lines,
-- @events): every manifest line and every event before the cut-off of the parcels in scope. By
-- the closure above, every line of an order in scope is in it too.
CREATE TEMP TABLE scope_line ON COMMIT DROP AS
SELECT ml.tracking_number, ml.order_id, ml.defining, ml.parcel_count, ml.dispatched_at, ml.declared_value,
       ml.currency
FROM work_scope_tracking t
JOIN manifest_line ml ON ml.tracking_number = t.tracking_number;
CREATE TEMP TABLE scope_event ON COMMIT DROP AS
SELECT e.event_id, e.tracking_number, e.point_id, e.event_type, e.event_time
FROM work_scope_tracking t
JOIN pickup_event e ON e.tracking_number = t.tracking_number
WHERE e.event_time < :cutoff;
ANALYZE scope_line;
ANALYZE scope_event;

-- The night's slices of parcel statuses and orders, which the rules read instead of the whole
-- tables (@statuses, @orderRows): the whole tables hold every parcel and order of history, so a
-- rule joining them would read more each night. Plain joins: at 15-30 nights of history the
-- planner's hash joins beat index probes (bench/RESULTS.md, eighth session, lever 2).
-- Invariant: every key a rule looks up in a slice is in it, so a lookup that finds nothing in the
-- slice finds nothing in the table either (the rules' notes say why for each lookup).
-- scope_status: the status of every parcel in scope; the rules look statuses up only by a tracking
-- number of scope_line or of work_scope_tracking, all in work_scope_tracking. work_parcel_status
-- was upserted at the top of this script and nothing writes it again before the rules run.
CREATE TEMP TABLE scope_status ON COMMIT DROP AS
SELECT ps.tracking_number, ps.status, ps.status_time, ps.status_event_id
FROM work_scope_tracking t
JOIN work_parcel_status ps ON ps.tracking_number = t.tracking_number;
-- scope_order: the orders in scope, and every order a line of scope_line names, because a parcel
-- in scope can carry a line of a second order that is not in scope (one tracking number on two
-- orders) and UNKNOWN_ORDER and WRONG_POINT look that order up too. Rules that iterate orders
-- still filter with @orders(...): a second order's other lines may be outside scope_line.
-- The columns the rules read; a rule that reads another one adds it here.
CREATE TEMP TABLE scope_order ON COMMIT DROP AS
SELECT o.order_id, o.order_time, o.pickup_point_id, o.currency, o.amount, o.status
FROM (SELECT order_id FROM work_scope_order
      UNION
      SELECT order_id FROM scope_line) k
JOIN customer_order o ON o.order_id = k.order_id;
ANALYZE scope_status;
ANALYZE scope_order;
