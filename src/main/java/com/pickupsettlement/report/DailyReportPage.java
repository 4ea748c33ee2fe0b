package com.pickupsettlement.report;

import com.pickupsettlement.domain.BusinessDate;
import com.pickupsettlement.report.html.DailyReport;
import com.pickupsettlement.report.html.ExceptionCount;
import com.pickupsettlement.report.html.FileVolume;
import com.pickupsettlement.report.html.HeldBack;
import com.pickupsettlement.report.html.HtmlReports;
import com.pickupsettlement.report.html.PartyTotal;
import com.pickupsettlement.report.html.RejectCount;
import com.pickupsettlement.report.html.Reversal;
import com.pickupsettlement.report.html.SettledRevenue;
import com.pickupsettlement.report.html.TrendPoint;
import com.pickupsettlement.report.html.TrendRevenue;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Rulebook 11: report_YYYYMMDD.html, the page a finance person reads first. Every figure is an
 * aggregate computed by PostgreSQL from the same tables the CSVs are written from; the trend
 * reads the figures each date kept when it was published (daily_figure), 30 small rows.
 */
@Component
class DailyReportPage {
    private final NamedParameterJdbcTemplate jdbc;

    DailyReportPage(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps the date's figures for later trends, writes the page, returns its file name. */
    String write(BusinessDate date, Path folder) throws IOException {
        keepFigures(date);
        String name = "report_" + date.compact() + ".html";
        try (Writer w = Files.newBufferedWriter(folder.resolve(name), StandardCharsets.UTF_8)) {
            HtmlReports.daily(model(date), w);
        }
        return name;
    }

    private void keepFigures(BusinessDate date) {
        Map<String, Object> p = Map.of("date", date.date());
        jdbc.update("DELETE FROM daily_figure WHERE business_date = :date", p);
        jdbc.update("DELETE FROM daily_revenue WHERE business_date = :date", p);
        jdbc.update("""
                INSERT INTO daily_figure
                SELECT :date,
                       (SELECT count(*) FROM settled_order WHERE settlement_date = :date),
                       (SELECT count(*) FROM settled_order WHERE reversed_on = :date),
                       (SELECT count(*) FROM exception_case WHERE closed_on IS NULL AND severity = 'BLOCKING'),
                       (SELECT count(*) FROM exception_case WHERE closed_on IS NULL AND severity = 'WARNING'),
                       coalesce((SELECT sum(read) FROM feed_file WHERE business_date = :date), 0),
                       coalesce((SELECT sum(rejected) FROM feed_file WHERE business_date = :date), 0)
                """, p);
        jdbc.update("""
                INSERT INTO daily_revenue
                SELECT :date, o.currency,
                       sum(CASE WHEN s.settlement_date = :date THEN o.amount ELSE 0 END)
                     - sum(CASE WHEN s.reversed_on = :date THEN o.amount ELSE 0 END)
                FROM settled_order s JOIN customer_order o ON o.order_id = s.order_id
                WHERE s.settlement_date = :date OR s.reversed_on = :date
                GROUP BY o.currency
                """, p);
    }

    private DailyReport model(BusinessDate date) {
        Map<String, Object> p = Map.of("date", date.date(), "first", date.date().minusDays(DailyReport.TREND_DATES - 1));
        return new DailyReport(date.date(),
                rows("""
                        SELECT feed, file_name, read, accepted, duplicates, rejected FROM feed_file
                        WHERE business_date = :date
                        """, p, FileVolume.class),
                rows("""
                        SELECT l.party_code,
                               coalesce((SELECT a.party_name FROM agreement a
                                         WHERE a.business_date = :date AND a.party_code = l.party_code
                                         ORDER BY a.effective_from <= :date AND coalesce(a.effective_to >= :date, TRUE) DESC,
                                                  a.effective_from DESC
                                         LIMIT 1), l.party_code) AS party_name,
                               l.currency,
                               count(*) FILTER (WHERE l.line_type = 'SHARE') AS share_lines,
                               count(*) FILTER (WHERE l.line_type = 'REVERSAL') AS reversal_lines,
                               sum(l.revenue_amount) AS revenue_total, sum(l.share_amount) AS share_total
                        FROM settlement_line l
                        WHERE l.settlement_date = :date
                        GROUP BY l.party_code, l.currency
                        """, p, PartyTotal.class),
                rows("""
                        SELECT o.currency, count(*) AS orders, sum(o.amount) AS revenue
                        FROM settled_order s JOIN customer_order o ON o.order_id = s.order_id
                        WHERE s.settlement_date = :date
                        GROUP BY o.currency
                        """, p, SettledRevenue.class),
                rows("""
                        SELECT s.reversed_on, s.settlement_date AS original_settlement_date, o.currency,
                               count(*) AS orders, sum(o.amount) AS revenue
                        FROM settled_order s JOIN customer_order o ON o.order_id = s.order_id
                        WHERE s.reversed_on = :date
                        GROUP BY s.reversed_on, s.settlement_date, o.currency
                        """, p, Reversal.class),
                // Known PAID orders an open BLOCKING exception keeps from settling: the revenue that
                // waits on a break (a cancelled order's would never be paid anyway).
                rows("""
                        SELECT o.currency, count(*) AS orders, sum(o.amount) AS revenue
                        FROM (SELECT DISTINCT order_id FROM exception_case
                              WHERE closed_on IS NULL AND severity = 'BLOCKING' AND order_id <> '') h
                        JOIN customer_order o ON o.order_id = h.order_id
                        WHERE o.status = 'PAID'
                        GROUP BY o.currency
                        """, p, HeldBack.class),
                jdbc.queryForObject("""
                        SELECT count(*) FROM (SELECT DISTINCT order_id FROM exception_case
                                              WHERE closed_on IS NULL AND severity = 'BLOCKING' AND order_id <> '') h
                        WHERE NOT EXISTS (SELECT 1 FROM customer_order o WHERE o.order_id = h.order_id)
                        """, p, Long.class),
                rows("""
                        SELECT type, severity, :date - first_seen AS age_days, count(*) AS count
                        FROM exception_case WHERE closed_on IS NULL
                        GROUP BY type, severity, first_seen
                        """, p, ExceptionCount.class),
                rows("""
                        SELECT 'orders' AS feed, reject_reason AS reason, count(*) AS rows
                        FROM stg_orders WHERE business_date = :date AND outcome = 'R' GROUP BY reject_reason
                        UNION ALL
                        SELECT 'manifest', reject_reason, count(*)
                        FROM stg_manifest WHERE business_date = :date AND outcome = 'R' GROUP BY reject_reason
                        UNION ALL
                        SELECT 'pickups', reject_reason, count(*)
                        FROM stg_pickups WHERE business_date = :date AND outcome = 'R' GROUP BY reject_reason
                        UNION ALL
                        SELECT 'resolutions', reject_reason, count(*)
                        FROM stg_resolutions WHERE business_date = :date AND outcome = 'R' GROUP BY reject_reason
                        """, p, RejectCount.class),
                rows("""
                        SELECT business_date AS date, settled_orders, open_blocking, open_warning, rows_read, rows_rejected
                        FROM daily_figure WHERE business_date BETWEEN :first AND :date
                        """, p, TrendPoint.class),
                rows("""
                        SELECT business_date AS date, currency, net_revenue
                        FROM daily_revenue WHERE business_date BETWEEN :first AND :date
                        """, p, TrendRevenue.class));
    }

    private <T> List<T> rows(String sql, Map<String, Object> params, Class<T> type) {
        return jdbc.query(sql, params, new DataClassRowMapper<>(type));
    }
}
