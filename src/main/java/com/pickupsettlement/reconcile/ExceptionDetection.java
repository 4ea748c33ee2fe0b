package com.pickupsettlement.reconcile;

import com.pickupsettlement.config.SettlementProperties;
import com.pickupsettlement.domain.BusinessDate;
import com.pickupsettlement.system.SqlScript;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Rulebook 3 and 4: computes, set-based, every exception whose condition holds at the cut-off of
 * the date, into exception_today. Which orders may settle is decided from that table.
 */
@Component
public class ExceptionDetection {
    private static final Logger log = LoggerFactory.getLogger(ExceptionDetection.class);
    private static final SqlScript PARCELS_FULL = SqlScript.load("sql/reconcile/00_parcel_status_full.sql");
    private static final SqlScript ORDER_SHIPMENT = SqlScript.load("sql/reconcile/01_order_shipment.sql");
    private static final SqlScript SETTLED_HAVE_NONE = SqlScript.load("sql/reconcile/99_settled_orders_have_none.sql");
    private static final String STILL_HOLDS = """
            EXISTS (SELECT 1 FROM exception_today t WHERE t.type = c.type
                    AND t.order_id = c.order_id AND t.tracking_number = c.tracking_number)""";
    /** Rulebook 4: what no longer holds closes. A full night compares every open exception. */
    private static final String CLOSE_ALL = """
            UPDATE exception_case c SET closed_on = :date
            WHERE c.closed_on IS NULL AND NOT %s
            """.formatted(STILL_HOLDS);
    /**
     * An incremental night compares only the open exceptions of its scope (one outside it was not
     * re-evaluated and still holds), reached through the scope tables and the open-case indexes.
     */
    private static final String CLOSE_IN_SCOPE = """
            UPDATE exception_case c SET closed_on = :date
            FROM (SELECT x.id FROM work_scope_tracking s
                  JOIN exception_case x ON x.tracking_number = s.tracking_number AND x.tracking_number <> ''
                                        AND x.closed_on IS NULL
                  UNION
                  SELECT x.id FROM work_scope_order s
                  JOIN exception_case x ON x.order_id = s.order_id AND x.tracking_number = '' AND x.closed_on IS NULL) k
            WHERE c.id = k.id AND NOT %s
            """.formatted(STILL_HOLDS);

    private final NamedParameterJdbcTemplate jdbc;
    private final SettlementProperties.Sla sla;
    private final ReconcileScope scope;
    /** The incremental scope, with the SLA windows of the rules' clocks (ClockWindows). */
    private final SqlScript scopeIncremental;
    private final Map<ReconcileScope.Kind, Rules> rulesByKind = new EnumMap<>(ReconcileScope.Kind.class);
    private final String fingerprint;

    /** Order shipments, then one rule per exception type, then rulebook 4's settled-order rule. */
    private record Rules(SqlScript orderShipment, List<Rule> types, SqlScript settledHaveNone) {
    }

    ExceptionDetection(NamedParameterJdbcTemplate jdbc, SettlementProperties properties, ReconcileScope scope,
                       ExceptionRules rules) {
        this.jdbc = jdbc;
        this.sla = properties.sla();
        this.scope = scope;
        this.scopeIncremental = ClockWindows.into(SqlScript.load("sql/reconcile/00_scope_incremental.sql"),
                rules.rules());
        for (ReconcileScope.Kind kind : ReconcileScope.Kind.values()) {
            UnaryOperator<String> marks = sql -> ReconcileScope.expand(sql, kind);
            rulesByKind.put(kind, new Rules(ORDER_SHIPMENT.rewritten(marks),
                    rules.rules().stream().map(r -> r.rewritten(marks)).toList(),
                    SETTLED_HAVE_NONE.rewritten(marks)));
        }
        this.fingerprint = fingerprint(sla, scopeIncremental, rules.rules());
    }

    /**
     * What an incremental night relies on being unchanged since the previous date: every rule's
     * definition and statements and the SLA figures (and, read each night, the schema's functions the
     * rules call). A deploy that changes any of them makes the next night FULL.
     */
    private static String fingerprint(SettlementProperties.Sla sla, SqlScript scopeIncremental, List<Rule> rules) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (SqlScript s : List.of(PARCELS_FULL, scopeIncremental, ORDER_SHIPMENT)) {
                sha.update(s.text().getBytes(StandardCharsets.UTF_8));
            }
            for (Rule r : rules) {
                sha.update(r.definition().getBytes(StandardCharsets.UTF_8));
            }
            sha.update(SETTLED_HAVE_NONE.text().getBytes(StandardCharsets.UTF_8));
            for (SqlScript s : Resolutions.SCRIPTS) {
                sha.update(s.text().getBytes(StandardCharsets.UTF_8));
            }
            sha.update(CLOSE_ALL.getBytes(StandardCharsets.UTF_8));
            sha.update(CLOSE_IN_SCOPE.getBytes(StandardCharsets.UTF_8));
            sha.update(("daysToShip=" + sla.daysToShip() + " transit=" + sla.transit() + " holding=" + sla.holding()
                    + " valueTolerancePercent=" + sla.valueTolerancePercent().toPlainString())
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The rules also call the schema's SQL functions (msk_iso, all_parcels_manifested; migrations
     * V3, V10): a migration that redefines one changes the rules as much as an edited rule file.
     */
    private String schemaFunctions() {
        return jdbc.queryForObject("""
                SELECT coalesce(string_agg(pg_get_functiondef(p.oid), E'\\n' ORDER BY p.proname, p.oid), '')
                FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                WHERE n.nspname = current_schema() AND p.prokind = 'f'
                """, Map.of(), String.class);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public void detect(BusinessDate date) {
        Map<String, Object> params = new HashMap<>();
        params.put("date", date.date());
        params.put("cutoff", utc(date.cutoff()));
        params.put("previousCutoff", utc(date.previous().cutoff()));
        params.put("shipLimit", date.date().minusDays(sla.daysToShip()));
        // The orders whose days-to-ship ran out today: Moscow date of order_time = D - daysToShip.
        params.put("shipWindowStart", utc(new BusinessDate(date.date().minusDays(sla.daysToShip() + 1)).cutoff()));
        params.put("shipWindowEnd", utc(new BusinessDate(date.date().minusDays(sla.daysToShip())).cutoff()));
        params.put("transitSeconds", sla.transit().toSeconds());
        params.put("holdingSeconds", sla.holding().toSeconds());
        params.put("valueTolerancePercent", sla.valueTolerancePercent());
        ReconcileScope.Kind kind = scope.begin(date, sha256(fingerprint + "\n" + schemaFunctions()));
        log.info("{}: reconciling with {} scope", date, kind == ReconcileScope.Kind.FULL
                ? "full" : "incremental");
        (kind == ReconcileScope.Kind.FULL ? PARCELS_FULL : scopeIncremental).run(jdbc, params);
        Rules rules = rulesByKind.get(kind);
        rules.orderShipment().run(jdbc, params);
        for (Rule rule : rules.types()) {
            Map<String, Object> typed = new HashMap<>(params);
            typed.putAll(rule.parameters());
            rule.sql().run(jdbc, typed);
        }
        rules.settledHaveNone().run(jdbc, params);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /**
     * Rulebook 4: closes what no longer holds, opens what is new (first_seen = today). Only the
     * night's scope is compared: an exception outside it was not re-evaluated and still holds.
     */
    public void recordHistory(BusinessDate date) {
        SETTLED_HAVE_NONE.run(jdbc, Map.of());
        Map<String, Object> params = Map.of("date", date.date());
        jdbc.update(scope.of(date) == ReconcileScope.Kind.FULL ? CLOSE_ALL : CLOSE_IN_SCOPE, params);
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
