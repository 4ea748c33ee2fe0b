package com.pickupsettlement.ops;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code resolutions}: the audit of rulebook 9, read from where every accepted resolution is
 * kept for good. A CLOSE is IN_FORCE until its condition no longer holds or its order settled
 * (then ENDED, with the date and why); a WRITE_OFF is for good.
 */
@Component
class ResolutionsReport {
    private final NamedParameterJdbcTemplate jdbc;

    ResolutionsReport(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    ExitCode print(String orderId, String state, ConsoleTable.Format format) {
        ConsoleTable table = new ConsoleTable("applied_on", "file", "line", "action", "type", "severity", "order_id",
                "tracking_number", "first_seen", "reason", "resolved_by", "state", "ended_on", "ended_because");
        Map<String, Object> p = new HashMap<>();
        p.put("order", orderId);
        p.put("state", state);
        jdbc.query("""
                SELECT business_date, file_name, line_number, action, type, severity, order_id, tracking_number,
                       coalesce(first_seen::text, ''), reason, resolved_by,
                       CASE WHEN action = 'WRITE_OFF' THEN 'WRITTEN_OFF' WHEN ended_on IS NULL THEN 'IN_FORCE'
                            ELSE 'ENDED' END AS state,
                       coalesce(ended_on::text, ''), coalesce(ended_because, '')
                FROM resolution
                WHERE (CAST(:order AS text) IS NULL OR order_id = :order)
                  AND (:state = 'all' OR (:state = 'ended') = (ended_on IS NOT NULL))
                ORDER BY business_date, line_number
                """, p, rs -> {
            table.add(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                    rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                    rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14));
        });
        table.print(format, "(no resolution" + (orderId == null ? "" : " about order " + orderId) + ")");
        return ExitCode.COMPLETED;
    }
}
