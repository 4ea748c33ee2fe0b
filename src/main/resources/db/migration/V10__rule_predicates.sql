-- The predicates that several rules of rulebooks 3 and 4 share, each written once here, beside the
-- work tables they read (V3), instead of once per rule that needs them.

-- Rule 2 of rulebook 3, "all parcels manifested": the order has manifest lines, they agree on
-- parcel_count, and the number of distinct tracking numbers equals it (a work_order_shipment row
-- exists only for an order with lines). Rulebook 8 gives it to VALUE_MISMATCH and
-- RETURNED_NOT_REFUNDED; settleable_order below uses it too. A one-expression SQL function, not
-- STRICT: the planner inlines it, so it costs what the condition written out would.
CREATE FUNCTION all_parcels_manifested(s work_order_shipment) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT s.min_count = s.max_count AND s.parcels = s.max_count $$;

-- Rulebook 3, "settleable at D", over tonight's work tables: work_order_shipment holds the orders
-- in tonight's scope, exception_today tonight's open exceptions (resolved ones already removed,
-- rulebook 9). 1. PAID; 2. all parcels manifested; 3. every parcel HANDED_OVER; 4. no open
-- BLOCKING exception; 5. never settled and not written off. Settlement reads the row it settles
-- from it: the order, its revenue, collected_at and its tracking numbers.
CREATE VIEW settleable_order AS
SELECT o.order_id, o.pickup_point_id, o.currency, o.amount, s.collected_at, s.trackings
FROM customer_order o
JOIN work_order_shipment s ON s.order_id = o.order_id
WHERE o.status = 'PAID'
  AND all_parcels_manifested(s)
  AND s.handed = s.parcels
  AND NOT EXISTS (SELECT 1 FROM exception_today t
                  WHERE t.order_id = o.order_id AND t.severity = 'BLOCKING')
  AND NOT EXISTS (SELECT 1 FROM settled_order so WHERE so.order_id = o.order_id)
  AND NOT EXISTS (SELECT 1 FROM resolution w WHERE w.action = 'WRITE_OFF' AND w.order_id = o.order_id);
