-- Rulebook 11: the report's trend of the 30 dates up to D. Each date's figures are kept when its
-- folder is published, so the trend reads 30 small rows, however long the history behind it
-- (a scan of a month of settlement lines or exception history would grow with it).
CREATE TABLE daily_figure (
    business_date   date   PRIMARY KEY,
    settled_orders  bigint NOT NULL,
    reversed_orders bigint NOT NULL,
    open_blocking   bigint NOT NULL,   -- exceptions open at the date's cut-off
    open_warning    bigint NOT NULL,
    rows_read       bigint NOT NULL,   -- over the date's files, resolutions included
    rows_rejected   bigint NOT NULL
);

-- Per currency, the revenue of the orders settled on the date minus that of the orders reversed.
CREATE TABLE daily_revenue (
    business_date date    NOT NULL,
    currency      text COLLATE "C" NOT NULL,
    net_revenue   numeric NOT NULL,
    PRIMARY KEY (business_date, currency)
);

-- The dates closed before this version: the last 30 of them, computed once from history, so the
-- first report after the upgrade already has its trend.
INSERT INTO daily_figure
SELECT d.business_date,
       (SELECT count(*) FROM settled_order s WHERE s.settlement_date = d.business_date),
       (SELECT count(*) FROM settled_order s WHERE s.reversed_on = d.business_date),
       (SELECT count(*) FROM exception_case c WHERE c.severity = 'BLOCKING' AND c.first_seen <= d.business_date
          AND (c.closed_on IS NULL OR c.closed_on > d.business_date)),
       (SELECT count(*) FROM exception_case c WHERE c.severity = 'WARNING' AND c.first_seen <= d.business_date
          AND (c.closed_on IS NULL OR c.closed_on > d.business_date)),
       coalesce((SELECT sum(read) FROM feed_file f WHERE f.business_date = d.business_date), 0),
       coalesce((SELECT sum(rejected) FROM feed_file f WHERE f.business_date = d.business_date), 0)
FROM (SELECT business_date FROM business_day WHERE status = 'COMPLETED' ORDER BY business_date DESC LIMIT 30) d;

INSERT INTO daily_revenue
SELECT f.business_date, o.currency,
       sum(CASE WHEN s.settlement_date = f.business_date THEN o.amount ELSE 0 END)
     - sum(CASE WHEN s.reversed_on = f.business_date THEN o.amount ELSE 0 END)
FROM daily_figure f
JOIN settled_order s ON s.settlement_date = f.business_date OR s.reversed_on = f.business_date
JOIN customer_order o ON o.order_id = s.order_id
GROUP BY f.business_date, o.currency;
