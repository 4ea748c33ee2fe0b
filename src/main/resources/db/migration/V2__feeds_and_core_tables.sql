-- Staging: every data record of a day's feeds, as read. Deliberately not UNLOGGED: a server crash
-- empties unlogged tables while the job repository still says their steps completed, and a
-- resumed night would then publish without those rows. outcome is R(ejected) from the start for
-- a row that failed its cell checks; the set-based classification marks D(uplicate) and the rows
-- rejected against other rows; a row left NULL is accepted. (Few rows change: no mass UPDATE.)
-- cells is the MD5 of the row's cell texts: "identical" rows (rulebook 8) have equal cells.
CREATE TABLE stg_orders (
    business_date   date    NOT NULL,
    line_number     bigint  NOT NULL,
    raw_line        text COLLATE "C"    NOT NULL,
    raw_has_nul     boolean NOT NULL,
    reject_reason   text,
    cells           uuid,
    outcome         char(1),
    order_id        text,
    order_time      timestamptz,
    buyer_id        text,
    seller_id       text,
    pickup_point_id text,
    currency        text,
    amount          numeric,
    status          text,
    updated_at      timestamptz
);

CREATE TABLE stg_manifest (
    business_date        date    NOT NULL,
    line_number          bigint  NOT NULL,
    raw_line             text COLLATE "C"    NOT NULL,
    raw_has_nul          boolean NOT NULL,
    reject_reason        text,
    cells                uuid,
    outcome              char(1),
    manifest_id          text,
    tracking_number      text,
    order_id             text,
    parcel_no            int,
    parcel_count         int,
    dispatched_at        timestamptz,
    declared_value       numeric,
    currency             text,
    weight_kg            numeric,
    destination_point_id text,
    comment              text
);

CREATE TABLE stg_pickups (
    business_date   date    NOT NULL,
    line_number     bigint  NOT NULL,
    raw_line        text COLLATE "C"    NOT NULL,
    raw_has_nul     boolean NOT NULL,
    reject_reason   text,
    cells           uuid,
    outcome         char(1),
    event_id        text,
    tracking_number text,
    point_id        text,
    event_type      text,
    event_time      timestamptz,
    operator_id     text
);

-- Every accepted version of an order (rulebook 2.1); the current one is the greatest updated_at.
CREATE TABLE order_version (
    order_id        text COLLATE "C"        NOT NULL,
    updated_at      timestamptz NOT NULL,
    status          text COLLATE "C"        NOT NULL,
    cells           uuid        NOT NULL,
    business_date   date        NOT NULL,
    line_number     bigint      NOT NULL,
    PRIMARY KEY (order_id, updated_at)
);

-- One row per order: its immutable fields and its current version.
CREATE TABLE customer_order (
    order_id        text COLLATE "C"        PRIMARY KEY,
    order_time      timestamptz NOT NULL,
    buyer_id        text COLLATE "C"        NOT NULL,
    seller_id       text COLLATE "C"        NOT NULL,
    pickup_point_id text COLLATE "C"        NOT NULL,
    currency        text COLLATE "C"        NOT NULL,
    amount          numeric     NOT NULL,
    status          text COLLATE "C"        NOT NULL,
    updated_at      timestamptz NOT NULL,
    first_loaded_on date        NOT NULL
);

-- Accepted manifest lines; defining = the first accepted line of its tracking number.
CREATE TABLE manifest_line (
    tracking_number      text COLLATE "C"        NOT NULL,
    order_id             text COLLATE "C"        NOT NULL,
    defining             boolean     NOT NULL,
    manifest_id          text COLLATE "C"        NOT NULL,
    parcel_no            int         NOT NULL,
    parcel_count         int         NOT NULL,
    dispatched_at        timestamptz NOT NULL,
    declared_value       numeric     NOT NULL,
    currency             text COLLATE "C"        NOT NULL,
    weight_kg            numeric     NOT NULL,
    destination_point_id text COLLATE "C"        NOT NULL,
    comment              text COLLATE "C"        NOT NULL,
    business_date        date        NOT NULL,
    line_number          bigint      NOT NULL,
    PRIMARY KEY (tracking_number, order_id)
);
CREATE INDEX manifest_line_order ON manifest_line (order_id);

CREATE TABLE pickup_event (
    event_id        text COLLATE "C"        PRIMARY KEY,
    tracking_number text COLLATE "C"        NOT NULL,
    point_id        text COLLATE "C"        NOT NULL,
    event_type      text COLLATE "C"        NOT NULL,
    event_time      timestamptz NOT NULL,
    operator_id     text COLLATE "C"        NOT NULL,
    cells           uuid        NOT NULL,
    business_date   date        NOT NULL
);
CREATE INDEX pickup_event_tracking ON pickup_event (tracking_number, event_time, event_id);

-- The bookkeeping of rulebook 7: one row per business date ever started.
CREATE TABLE business_day (
    business_date   date        PRIMARY KEY,
    status          text COLLATE "C"        NOT NULL,   -- RUNNING, FAILED, COMPLETED
    run_key         bigint      NOT NULL,   -- identifying job parameter; a fresh start takes a new one
    orders_sha256   text        NOT NULL,
    manifest_sha256 text        NOT NULL,
    pickups_sha256  text        NOT NULL,
    started_at      timestamptz NOT NULL,
    completed_at    timestamptz
);

-- The agreements a date was run with (rulebook 7: a re-run uses the recorded ones).
CREATE TABLE agreement (
    business_date   date    NOT NULL,
    party_code      text COLLATE "C"    NOT NULL,
    party_name      text COLLATE "C"    NOT NULL,
    role            text COLLATE "C"    NOT NULL,
    share_percent   numeric,
    effective_from  date    NOT NULL,
    effective_to    date,
    PRIMARY KEY (business_date, party_code, effective_from)
);

-- Per file counts; read = accepted + duplicates + rejected is a table constraint.
CREATE TABLE feed_file (
    business_date date   NOT NULL,
    feed          text COLLATE "C"   NOT NULL,
    file_name     text COLLATE "C"   NOT NULL,
    sha256        text   NOT NULL,
    read          bigint NOT NULL,
    accepted      bigint NOT NULL,
    duplicates    bigint NOT NULL,
    rejected      bigint NOT NULL,
    PRIMARY KEY (business_date, feed),
    CHECK (read = accepted + duplicates + rejected)
);

-- Exceptions with their history: open while closed_on is null (rulebook 4).
CREATE TABLE exception_case (
    id              bigserial PRIMARY KEY,
    type            text COLLATE "C"    NOT NULL,
    severity        text COLLATE "C"    NOT NULL,
    order_id        text COLLATE "C"    NOT NULL,   -- '' when the exception has no order
    tracking_number text COLLATE "C"    NOT NULL,   -- '' for order-keyed exceptions
    first_seen      date    NOT NULL,
    closed_on       date,
    detail          text COLLATE "C"    NOT NULL
);
CREATE UNIQUE INDEX exception_case_open ON exception_case (type, order_id, tracking_number) WHERE closed_on IS NULL;

-- Orders settled, once each; reversed_on is set when a later cancel or refund reverses them.
CREATE TABLE settled_order (
    order_id         text COLLATE "C"        PRIMARY KEY,
    settlement_date  date        NOT NULL,
    collected_at     timestamptz NOT NULL,
    reversed_on      date
);

-- Every settlement line ever written; never updated (rulebook 5: nothing settled is rewritten).
CREATE TABLE settlement_line (
    settlement_date          date    NOT NULL,
    party_code               text COLLATE "C"    NOT NULL,
    line_type                text COLLATE "C"    NOT NULL,
    order_id                 text COLLATE "C"    NOT NULL,
    tracking_numbers         text COLLATE "C"    NOT NULL,
    pickup_point_id          text COLLATE "C"    NOT NULL,
    collected_at             timestamptz NOT NULL,
    currency                 text COLLATE "C"    NOT NULL,
    revenue_amount           numeric NOT NULL,
    share_percent            numeric NOT NULL,
    share_amount             numeric NOT NULL,
    original_settlement_date date,
    PRIMARY KEY (settlement_date, party_code, line_type, order_id)
);
CREATE INDEX settlement_line_order ON settlement_line (order_id);

-- The exact bytes published for each date, so a re-run of a closed date reproduces them.
CREATE TABLE published_file (
    business_date date  NOT NULL,
    file_name     text COLLATE "C"  NOT NULL,
    content_gzip  bytea NOT NULL,
    PRIMARY KEY (business_date, file_name)
);
