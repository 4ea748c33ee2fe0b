package com.pickupsettlement.reconcile;

import com.pickupsettlement.config.SettlementProperties;
import com.pickupsettlement.domain.BusinessDate;
import com.pickupsettlement.domain.ExceptionType;
import com.pickupsettlement.system.SqlScript;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Rulebook 3 and 4: computes, set-based, every exception whose condition holds at the cut-off of
 * the date, into exception_today. Which orders may settle is decided from that table.
 */
@Component
public class ExceptionDetection {
    private static final SqlScript PREPARE = SqlScript.load("sql/reconcile/00_prepare.sql");
    private static final SqlScript SETTLED_HAVE_NONE = SqlScript.load("sql/reconcile/99_settled_orders_have_none.sql");
    private static final List<SqlScript> RULES = rules();

    private final NamedParameterJdbcTemplate jdbc;
    private final SettlementProperties.Sla sla;

    ExceptionDetection(NamedParameterJdbcTemplate jdbc, SettlementProperties properties) {
        this.jdbc = jdbc;
        this.sla = properties.sla();
    }

    private static List<SqlScript> rules() {
        List<SqlScript> rules = new ArrayList<>();
        for (ExceptionType type : ExceptionType.values()) {
            rules.add(SqlScript.load("sql/reconcile/" + type.name() + ".sql"));
        }
        return List.copyOf(rules);
    }

    public void detect(BusinessDate date) {
        Map<String, Object> params = new HashMap<>();
        params.put("date", date.date());
        params.put("cutoff", date.cutoff().atOffset(ZoneOffset.UTC));
        params.put("shipLimit", date.date().minusDays(sla.daysToShip()));
        params.put("transitSeconds", sla.transit().toSeconds());
        params.put("holdingSeconds", sla.holding().toSeconds());
        params.put("valueTolerancePercent", sla.valueTolerancePercent());
        PREPARE.run(jdbc, params);
        for (SqlScript rule : RULES) {
            rule.run(jdbc, params);
        }
        SETTLED_HAVE_NONE.run(jdbc, params);
    }

    /** Rulebook 4: closes what no longer holds, opens what is new (first_seen = today). */
    public void recordHistory(BusinessDate date) {
        SETTLED_HAVE_NONE.run(jdbc, Map.of());
        Map<String, Object> params = Map.of("date", date.date());
        jdbc.update("""
                UPDATE exception_case c SET closed_on = :date
                WHERE c.closed_on IS NULL
                  AND NOT EXISTS (SELECT 1 FROM exception_today t WHERE t.type = c.type
                                  AND t.order_id = c.order_id AND t.tracking_number = c.tracking_number)
                """, params);
        jdbc.update("""
                UPDATE exception_case c SET detail = t.detail
                FROM exception_today t
                WHERE c.closed_on IS NULL AND t.type = c.type AND t.order_id = c.order_id
                  AND t.tracking_number = c.tracking_number AND c.detail <> t.detail
                """, params);
        jdbc.update("""
                INSERT INTO exception_case (type, severity, order_id, tracking_number, first_seen, detail)
                SELECT t.type, t.severity, t.order_id, t.tracking_number, :date, t.detail
                FROM exception_today t
                WHERE NOT EXISTS (SELECT 1 FROM exception_case c WHERE c.closed_on IS NULL AND t.type = c.type
                                  AND t.order_id = c.order_id AND t.tracking_number = c.tracking_number)
                """, params);
    }
}
