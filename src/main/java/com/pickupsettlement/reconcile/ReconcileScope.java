package com.pickupsettlement.reconcile;

import com.pickupsettlement.config.SettlementProperties;
import com.pickupsettlement.domain.BusinessDate;
import com.pickupsettlement.domain.DayStatus;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which orders and parcels a night re-evaluates, so that a night's cost follows its own volume
 * rather than the size of history (migration V5 keeps what it needs from night to night). FULL re-evaluates everything. INCREMENTAL re-evaluates only the scope that
 * 00_scope_incremental.sql builds on top of the previous date: it is exact only when the previous
 * date was reconciled with the same rules and SLA figures, so anything else (the first date, a
 * deploy that changed a rule, an SLA change, settlement.reconcile.scope=FULL) runs FULL once.
 *
 * <p>The rules mark their scope with {@code @orders(expr)} and {@code @trackings(expr)}: true in
 * a full night, membership of the night's scope tables in an incremental one. They read manifest
 * lines and events as {@code @lines} and {@code @events}: the whole tables in a full night, the
 * night's slices of them (the lines and events of the parcels in scope) in an incremental one.
 */
@Component
public class ReconcileScope {
    public enum Kind { FULL, INCREMENTAL }

    private static final Pattern MARK = Pattern.compile("@(orders|trackings)\\(([^()]*)\\)|@(lines|events)\\b");

    private final NamedParameterJdbcTemplate jdbc;
    private final SettlementProperties.Reconcile.Scope configured;

    ReconcileScope(NamedParameterJdbcTemplate jdbc, SettlementProperties properties) {
        this.jdbc = jdbc;
        this.configured = properties.reconcile().scope();
    }

    /** Rewrites the scope marks of one statement for the given kind of night. */
    static String expand(String sql, Kind kind) {
        Matcher m = MARK.matcher(sql);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String replacement;
            if (m.group(3) != null) {
                boolean lines = m.group(3).equals("lines");
                replacement = kind == Kind.FULL ? (lines ? "manifest_line" : "pickup_event")
                        : (lines ? "scope_line" : "scope_event");
            } else {
                replacement = kind == Kind.FULL ? "TRUE"
                        : m.group(1).equals("orders")
                                ? m.group(2) + " IN (SELECT order_id FROM work_scope_order)"
                                : m.group(2) + " IN (SELECT tracking_number FROM work_scope_tracking)";
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /**
     * Decides tonight's kind and records it with the date, in the reconciliation's transaction;
     * the history update of the same date (a later step, maybe another process) reads it back.
     */
    Kind begin(BusinessDate date, String fingerprint) {
        Map<String, Object> p = Map.of("previous", date.previous().date(), "fingerprint", fingerprint,
                "completed", DayStatus.COMPLETED.name());
        boolean incremental = configured == SettlementProperties.Reconcile.Scope.INCREMENTAL
                && Boolean.TRUE.equals(jdbc.queryForObject("""
                        SELECT EXISTS (SELECT 1 FROM reconcile_run r JOIN business_day d ON d.business_date = r.business_date
                                       WHERE r.business_date = :previous AND r.fingerprint = :fingerprint
                                         AND d.status = :completed)
                        """, p, Boolean.class));
        Kind kind = incremental ? Kind.INCREMENTAL : Kind.FULL;
        jdbc.update("""
                INSERT INTO reconcile_run (business_date, full_scope, fingerprint) VALUES (:date, :full, :fingerprint)
                ON CONFLICT (business_date) DO UPDATE SET full_scope = EXCLUDED.full_scope, fingerprint = EXCLUDED.fingerprint
                """, Map.of("date", date.date(), "full", kind == Kind.FULL, "fingerprint", fingerprint));
        return kind;
    }

    /** The kind the date's reconciliation ran with. */
    Kind of(BusinessDate date) {
        Boolean full = jdbc.queryForObject("SELECT full_scope FROM reconcile_run WHERE business_date = :date",
                Map.of("date", date.date()), Boolean.class);
        return Boolean.TRUE.equals(full) ? Kind.FULL : Kind.INCREMENTAL;
    }
}
