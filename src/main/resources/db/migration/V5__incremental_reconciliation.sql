-- Incremental reconciliation (issue 6): a night re-evaluates only the orders and parcels whose
-- state changed since the previous cut-off, or whose SLA clock ran out since then. work_parcel_status
-- is kept from night to night and updated from the parcels that moved; these tables hold the
-- night's scope, logged because settlement (a later step) closes history within that scope.
CREATE TABLE work_scope_order (
    order_id        text COLLATE "C" PRIMARY KEY
);
CREATE TABLE work_scope_tracking (
    tracking_number text COLLATE "C" PRIMARY KEY
);

-- How each date was reconciled. A night can be incremental only on top of the previous date,
-- reconciled with the same rules and SLA figures (a change re-evaluates everything once).
CREATE TABLE reconcile_run (
    business_date date PRIMARY KEY,
    full_scope    boolean NOT NULL,
    fingerprint   text    NOT NULL    -- the rules and SLA figures it ran with
);

-- The SLA clocks that run out tonight, found by range instead of by scanning history. BRIN: rows
-- arrive roughly in time order, so a block range summary finds the few days concerned, and the
-- nightly merge pays almost nothing to maintain it, where a B-tree is updated row by row.
CREATE INDEX customer_order_order_time ON customer_order USING brin (order_time) WITH (autosummarize = on);
CREATE INDEX manifest_line_dispatched_at ON manifest_line USING brin (dispatched_at) WITH (autosummarize = on);
-- The event that made each parcel's status: a night compares it with its own events only.
ALTER TABLE work_parcel_status ADD COLUMN status_event_id text COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE work_parcel_status ALTER COLUMN status_event_id DROP DEFAULT;
CREATE INDEX work_parcel_status_arrived ON work_parcel_status (status_time) WHERE status = 'ARRIVED';

-- Closing tonight's scope of open exceptions by index, not by a scan of all history. Partial on
-- tracking_number <> '' / = '': an index holding every order-level case under '' made the
-- planner probe it for them, scanning thousands of entries per probe (8 s at 12k exceptions).
CREATE INDEX exception_case_open_tracking ON exception_case (tracking_number)
    WHERE closed_on IS NULL AND tracking_number <> '';
CREATE INDEX exception_case_open_order ON exception_case (order_id)
    WHERE closed_on IS NULL AND tracking_number = '';
