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
 * Likewise parcel statuses as {@code @statuses} (work_parcel_status, or scope_status: the
 * statuses of the parcels in scope) and orders as {@code @orderRows} (customer_order, or
 * scope_order: the orders in scope and every order a line of scope_line names, with the columns
 * the rules read). So a lookup by a key of the scope or of {@code @lines} finds a row in the slice
 * exactly when it finds one in the table; a rule that iterates {@code @orderRows} or
 * {@code @statuses} still marks its key with {@code @orders(expr)} or {@code @trackings(expr)}
 * (scope_order holds more than the orders in scope). The slices are temporary tables of the
 * reconciliation's transaction: only the rules of the reconcile step can read them.
 */
@Component
public class ReconcileScope {
    public enum Kind { FULL, INCREMENTAL }

    private static final Pattern MARK =
            Pattern.compile("@(orders|trackings)\\(([^()]*)\\)|@(lines|events|statuses|orderRows)\\b");

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
                boolean full = kind == Kind.FULL;
                replacement = switch (m.group(3)) {
                    case "lines" -> full ? "manifest_line" : "scope_line";
                    case "events" -> full ? "pickup_event" : "scope_event";
                    case "statuses" -> full ? "work_parcel_status" : "scope_status";
                    case "orderRows" -> full ? "customer_order" : "scope_order";
                    default -> throw new IllegalStateException(m.group());
                };
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
