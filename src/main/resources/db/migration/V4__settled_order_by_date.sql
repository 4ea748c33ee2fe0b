-- The day's settlements and reversals (control totals, the night's summary) by index, instead of
-- a scan of every order ever settled: a night's cost must not grow with history.
CREATE INDEX settled_order_settlement_date ON settled_order (settlement_date);
CREATE INDEX settled_order_reversed_on ON settled_order (reversed_on) WHERE reversed_on IS NOT NULL;
