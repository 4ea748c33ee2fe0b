package com.pickupsettlement.report;

import com.pickupsettlement.domain.BusinessDate;
import com.pickupsettlement.report.html.DayShare;
import com.pickupsettlement.report.html.HtmlReports;
import com.pickupsettlement.report.html.PartyTotal;
import com.pickupsettlement.report.html.Reversal;
import com.pickupsettlement.report.html.StatementDay;
import com.pickupsettlement.report.html.StatementReport;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Rulebook 10 and 11: statement_YYYYMM.html, aggregated by PostgreSQL over the month's closed dates. */
@Component
class StatementPage {
    private final NamedParameterJdbcTemplate jdbc;

    StatementPage(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    String write(YearMonth month, List<BusinessDate> dates, Path folder, String name) throws IOException {
        Map<String, Object> p = Map.of("first", dates.get(0).date(), "last", dates.get(dates.size() - 1).date());
        StatementReport report = new StatementReport(month,
                rows("""
                        SELECT l.party_code,
                               coalesce((SELECT a.party_name FROM agreement a
                                         WHERE a.business_date = :last AND a.party_code = l.party_code
                                         ORDER BY a.effective_from DESC LIMIT 1), l.party_code) AS party_name,
                               l.currency,
                               count(*) FILTER (WHERE l.line_type = 'SHARE') AS share_lines,
                               count(*) FILTER (WHERE l.line_type = 'REVERSAL') AS reversal_lines,
                               sum(l.revenue_amount) AS revenue_total, sum(l.share_amount) AS share_total
                        FROM settlement_line l
                        WHERE l.settlement_date BETWEEN :first AND :last
                        GROUP BY l.party_code, l.currency
                        """, p, PartyTotal.class),
                rows("""
                        SELECT d.business_date AS date,
                               (SELECT count(*) FROM settled_order s WHERE s.settlement_date = d.business_date) AS settled_orders
                        FROM business_day d WHERE d.business_date BETWEEN :first AND :last
                        """, p, StatementDay.class),
                rows("""
                        SELECT settlement_date AS date, party_code, currency, sum(share_amount) AS share_total
                        FROM settlement_line WHERE settlement_date BETWEEN :first AND :last
                        GROUP BY settlement_date, party_code, currency
                        """, p, DayShare.class),
                rows("""
                        SELECT s.reversed_on, s.settlement_date AS original_settlement_date, o.currency,
                               count(*) AS orders, sum(o.amount) AS revenue
                        FROM settled_order s JOIN customer_order o ON o.order_id = s.order_id
                        WHERE s.reversed_on BETWEEN :first AND :last
                        GROUP BY s.reversed_on, s.settlement_date, o.currency
                        """, p, Reversal.class));
        try (Writer w = Files.newBufferedWriter(folder.resolve(name), StandardCharsets.UTF_8)) {
            HtmlReports.statement(report, w);
        }
        return name;
    }

    private <T> List<T> rows(String sql, Map<String, Object> params, Class<T> type) {
        return jdbc.query(sql, params, new DataClassRowMapper<>(type));
    }
}
