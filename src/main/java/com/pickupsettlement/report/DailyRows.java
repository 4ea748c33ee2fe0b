package com.pickupsettlement.report;

import com.pickupsettlement.domain.AgreementTerm;
import com.pickupsettlement.domain.BusinessDate;
import com.pickupsettlement.ingest.NulSafe;
import com.pickupsettlement.report.OutputRows.ExceptionRow;
import com.pickupsettlement.report.OutputRows.RejectRow;
import com.pickupsettlement.report.OutputRows.ResolutionRow;
import com.pickupsettlement.report.OutputRows.SettlementLine;
import com.pickupsettlement.report.OutputRows.SummaryRow;
import com.pickupsettlement.settle.AgreementRepository;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The rows of a date's output files, streamed from PostgreSQL in the order the files list them
 * (rulebook 8): the only place the publish step reads the database for them.
 */
@Component
class DailyRows {
    private final NamedParameterJdbcTemplate jdbc;
    private final AgreementRepository agreements;

    DailyRows(JdbcTemplate jdbcTemplate, AgreementRepository agreements) {
        JdbcTemplate streaming = new JdbcTemplate(jdbcTemplate.getDataSource());
        streaming.setFetchSize(10_000);
        this.jdbc = new NamedParameterJdbcTemplate(streaming);
        this.agreements = agreements;
    }

    private static Map<String, Object> on(BusinessDate date) {
        return Map.of("date", date.date());
    }

    /** Rulebook 8: the parties in force on the date and any party with a line that day. */
    TreeSet<String> parties(BusinessDate date) {
        TreeSet<String> parties = new TreeSet<>();
        for (AgreementTerm t : agreements.recorded(date).inForceOn(date.date())) {
            parties.add(t.partyCode());
        }
        parties.addAll(jdbc.queryForList("SELECT DISTINCT party_code FROM settlement_line WHERE settlement_date = :date",
                on(date), String.class));
        return parties;
    }

    void settlement(BusinessDate date, String party, Consumer<SettlementLine> each) {
        jdbc.query("""
                SELECT line_type, order_id, tracking_numbers, pickup_point_id, collected_at, currency,
                       revenue_amount, share_percent, share_amount, original_settlement_date
                FROM settlement_line
                WHERE settlement_date = :date AND party_code = :party
                ORDER BY line_type = 'REVERSAL', order_id
                """, Map.of("date", date.date(), "party", party), (RowCallbackHandler) rs -> each.accept(
                new SettlementLine(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getString(6), rs.getBigDecimal(7),
                        rs.getBigDecimal(8), rs.getBigDecimal(9), OutputTable.date(rs.getDate(10)))));
    }

    void summary(BusinessDate date, Consumer<SummaryRow> each) {
        jdbc.query("""
                SELECT party_code, currency, count(*) FILTER (WHERE line_type = 'SHARE'),
                       count(*) FILTER (WHERE line_type = 'REVERSAL'), sum(revenue_amount), sum(share_amount)
                FROM settlement_line
                WHERE settlement_date = :date
                GROUP BY party_code, currency
                ORDER BY party_code, currency
                """, on(date), (RowCallbackHandler) rs -> each.accept(new SummaryRow(rs.getString(1), rs.getString(2),
                rs.getLong(3), rs.getLong(4), rs.getBigDecimal(5), rs.getBigDecimal(6))));
    }

    /**
     * Per currency, the day's revenue counted once (orders settled minus orders reversed): what
     * every party's lines are shares of, and what the control check compares their sum with.
     */
    Map<String, BigDecimal> revenueOnce(BusinessDate date) {
        Map<String, BigDecimal> revenue = new TreeMap<>();
        jdbc.query("""
                SELECT o.currency,
                       sum(CASE WHEN s.settlement_date = :date THEN o.amount ELSE 0 END)
                     - sum(CASE WHEN s.reversed_on = :date THEN o.amount ELSE 0 END)
                FROM settled_order s JOIN customer_order o ON o.order_id = s.order_id
                WHERE s.settlement_date = :date OR s.reversed_on = :date
                GROUP BY o.currency
                """, on(date), (RowCallbackHandler) rs -> revenue.put(rs.getString(1), rs.getBigDecimal(2)));
        return revenue;
    }

    void exceptions(BusinessDate date, Consumer<ExceptionRow> each) {
        jdbc.query("""
                SELECT type, severity, order_id, tracking_number, first_seen, detail
                FROM exception_case
                WHERE closed_on IS NULL
                ORDER BY type, order_id, tracking_number
                """, Map.of(), (RowCallbackHandler) rs -> {
            LocalDate firstSeen = rs.getDate(5).toLocalDate();
            each.accept(new ExceptionRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), firstSeen,
                    ChronoUnit.DAYS.between(firstSeen, date.date()), rs.getString(6)));
        });
    }

    /** Rejected rows by feed (rulebook 8: orders, manifest, pickups, resolutions) then line. */
    void rejects(BusinessDate date, Consumer<RejectRow> each) {
        jdbc.query("""
                SELECT 1 AS feed_order, 'orders' AS feed, line_number, reject_reason, raw_line, raw_has_nul
                FROM stg_orders WHERE business_date = :date AND outcome = 'R'
                UNION ALL
                SELECT 2, 'manifest', line_number, reject_reason, raw_line, raw_has_nul
                FROM stg_manifest WHERE business_date = :date AND outcome = 'R'
                UNION ALL
                SELECT 3, 'pickups', line_number, reject_reason, raw_line, raw_has_nul
                FROM stg_pickups WHERE business_date = :date AND outcome = 'R'
                UNION ALL
                SELECT 4, 'resolutions', line_number, reject_reason, raw_line, raw_has_nul
                FROM stg_resolutions WHERE business_date = :date AND outcome = 'R'
                ORDER BY 1, 3
                """, on(date), (RowCallbackHandler) rs -> {
            String feed = rs.getString(2);
            each.accept(new RejectRow(feed, feed + "_" + date.compact() + ".csv", rs.getLong(3), rs.getString(4),
                    rs.getBoolean(6) ? NulSafe.decode(rs.getString(5)) : rs.getString(5)));
        });
    }

    /** Rulebook 9: the resolutions accepted in the date's run; a CLOSE with its exception's severity, first_seen and age. */
    void resolutions(BusinessDate date, Consumer<ResolutionRow> each) {
        jdbc.query("""
                SELECT action, type, severity, order_id, tracking_number, first_seen, reason, resolved_by
                FROM resolution
                WHERE business_date = :date
                ORDER BY action, type, order_id, tracking_number
                """, on(date), (RowCallbackHandler) rs -> {
            LocalDate firstSeen = OutputTable.date(rs.getDate(6));
            each.accept(new ResolutionRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getString(5), firstSeen,
                    firstSeen == null ? null : ChronoUnit.DAYS.between(firstSeen, date.date()), rs.getString(7),
                    rs.getString(8)));
        });
    }
}
