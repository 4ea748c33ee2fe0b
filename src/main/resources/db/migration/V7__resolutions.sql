-- Rulebook 9: finance's decisions on exceptions, read from the optional resolutions_YYYYMMDD.csv.

-- A date's resolutions file is one of its recorded inputs; NULL is "absent" (section 7: adding,
-- changing or removing it for a closed date is exit 5). Dates closed before this version ran
-- without one.
ALTER TABLE business_day ADD COLUMN resolutions_sha256 text;

-- Its rows, staged and classified like a feed's (see V2). The typed columns hold the cells after
-- the leading "'" a spreadsheet copy carries before a formula-looking value is removed.
CREATE TABLE stg_resolutions (
    business_date   date    NOT NULL,
    line_number     bigint  NOT NULL,
    raw_line        text COLLATE "C" NOT NULL,
    raw_has_nul     boolean NOT NULL,
    reject_reason   text,
    cells           uuid,
    outcome         char(1),
    action          text COLLATE "C",
    type            text COLLATE "C",
    order_id        text COLLATE "C",
    tracking_number text COLLATE "C",
    reason          text COLLATE "C",
    resolved_by     text COLLATE "C"
);
ALTER TABLE stg_resolutions SET (autovacuum_enabled = off, toast.autovacuum_enabled = off);

-- Every accepted resolution, kept for good: who decided what, why, from which file and line,
-- the date it applied and, for a CLOSE, the date it ended (its condition no longer held, or its
-- order had settled). A WRITE_OFF never ends. Finance asks months later who released an order.
CREATE TABLE resolution (
    id              bigserial PRIMARY KEY,
    business_date   date    NOT NULL,
    file_name       text COLLATE "C" NOT NULL,
    line_number     bigint  NOT NULL,
    action          text COLLATE "C" NOT NULL CHECK (action IN ('CLOSE', 'WRITE_OFF')),
    type            text COLLATE "C" NOT NULL,   -- '' for a WRITE_OFF
    severity        text COLLATE "C" NOT NULL,   -- the closed exception's; '' for a WRITE_OFF
    order_id        text COLLATE "C" NOT NULL,
    tracking_number text COLLATE "C" NOT NULL,
    first_seen      date,                        -- the closed exception's; NULL for a WRITE_OFF
    reason          text COLLATE "C" NOT NULL,
    resolved_by     text COLLATE "C" NOT NULL,
    ended_on        date,
    ended_because   text COLLATE "C" CHECK (ended_because IN ('CONDITION', 'SETTLED')),
    UNIQUE (business_date, line_number)
);
-- The CLOSEs in force, looked up by the exception they resolve, every night.
CREATE INDEX resolution_close_in_force ON resolution (type, order_id, tracking_number)
    WHERE action = 'CLOSE' AND ended_on IS NULL;
-- One write-off per order, for good.
CREATE UNIQUE INDEX resolution_write_off ON resolution (order_id) WHERE action = 'WRITE_OFF';
CREATE INDEX resolution_order ON resolution (order_id);
