-- PARCEL_COUNT_MISMATCH per order (known or only on manifest lines): the lines disagree
-- on parcel_count, or there are more distinct parcels than parcel_count.
-- (work_order_shipment holds exactly the orders in tonight's scope.)
INSERT INTO exception_today (type, severity, order_id, tracking_number, detail)
SELECT :type, :severity, s.order_id, '',
       CASE WHEN s.min_count <> s.max_count
            THEN 'lines disagree on parcel_count (' || s.min_count || '..' || s.max_count || ')'
            ELSE 'parcel_count ' || s.max_count || '; distinct parcels ' || s.parcels END
FROM work_order_shipment s
WHERE s.min_count <> s.max_count OR s.parcels > s.max_count;
