-- Work tables rebuilt by every reconciliation run (the state as of the run's date). Logged, like
-- staging: settlement reads them in a later step, which must survive a server crash in between.
CREATE TABLE work_parcel_status (
    tracking_number text COLLATE "C" PRIMARY KEY,
    status          text COLLATE "C" NOT NULL,   -- type of the last event by (event_time, event_id)
    status_time     timestamptz NOT NULL
);

-- Per order_id found on manifest lines: its parcels and what became of them.
CREATE TABLE work_order_shipment (
    order_id         text COLLATE "C" PRIMARY KEY,
    parcels          int     NOT NULL,   -- distinct tracking numbers on its lines
    min_count        int     NOT NULL,
    max_count        int     NOT NULL,
    declared         numeric NOT NULL,
    min_currency     text COLLATE "C" NOT NULL,
    max_currency     text COLLATE "C" NOT NULL,
    handed           int     NOT NULL,
    back             int     NOT NULL,   -- REFUSED or RETURNED
    collected_at     timestamptz,
    trackings        text COLLATE "C" NOT NULL,
    handed_trackings text COLLATE "C",
    back_trackings   text COLLATE "C"
);

-- The exceptions whose condition holds today, before history is updated.
CREATE TABLE exception_today (
    type            text COLLATE "C" NOT NULL,
    severity        text COLLATE "C" NOT NULL,
    order_id        text COLLATE "C" NOT NULL,
    tracking_number text COLLATE "C" NOT NULL,
    detail          text COLLATE "C" NOT NULL
);
-- Settlement anti-joins on it per order: the planner underestimates the settleable orders (it
-- multiplies the selectivities of correlated shipment conditions) and picks a nested loop,
-- which without this index scanned the whole table per order (34 s at 1M orders).
CREATE INDEX exception_today_order ON exception_today (order_id);

-- Moscow wall-clock time written the way the outputs write it.
CREATE FUNCTION msk_iso(t timestamptz) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT to_char(t AT TIME ZONE 'Europe/Moscow', 'YYYY-MM-DD"T"HH24:MI:SS') || '+03:00' $$;
