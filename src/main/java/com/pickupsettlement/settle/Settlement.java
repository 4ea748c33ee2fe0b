package com.pickupsettlement.settle;

import com.pickupsettlement.domain.AgreementSet;
import com.pickupsettlement.domain.AgreementTerm;
import com.pickupsettlement.domain.BusinessDate;
import com.pickupsettlement.domain.RevenueShare;
import com.pickupsettlement.system.CopyText;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Rulebook 5: settles the orders that became settleable at the date (one SHARE line per party in
 * force on the Moscow date of collected_at) and reverses settled orders whose status turned
 * CANCELLED or REFUNDED. Which orders are settleable (rulebook 3) is the view settleable_order
 * (migration V10), over tonight's reconciliation. Orders are read in pages by key and lines
 * written with COPY.
 */
@Component
public class Settlement {
    private static final String COPY_LINES = "COPY settlement_line (settlement_date, party_code, line_type, order_id, "
            + "tracking_numbers, pickup_point_id, collected_at, currency, revenue_amount, share_percent, share_amount) "
            + "FROM STDIN";
    private static final int PAGE = 20_000;
    private static final String PAGE_SQL = "SELECT order_id, pickup_point_id, currency, amount, collected_at, trackings "
            + "FROM settle_today WHERE order_id > ? ORDER BY order_id LIMIT " + PAGE;

    private final NamedParameterJdbcTemplate jdbc;
    private final AgreementRepository agreements;

    Settlement(NamedParameterJdbcTemplate jdbc, AgreementRepository agreements) {
        this.jdbc = jdbc;
        this.agreements = agreements;
    }

    /** Returns the number of orders settled. */
    public long settle(BusinessDate date) {
        AgreementSet terms = agreements.recorded(date);
        Map<String, Object> params = Map.of("date", date.date());
        jdbc.update("CREATE TEMP TABLE settle_today ON COMMIT DROP AS SELECT * FROM settleable_order", params);
        long orders = jdbc.update("""
                INSERT INTO settled_order (order_id, settlement_date, collected_at)
                SELECT order_id, :date, collected_at FROM settle_today
                """, params);
        // The COPY goes through the transaction's own connection, the one that holds settle_today.
        DataSource dataSource = jdbc.getJdbcTemplate().getDataSource();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            String last = "";
            // Pages by key, because a COPY cannot run while a cursor on the same connection is open.
            while (true) {
                StringBuilder sb = new StringBuilder(PAGE * 600);
                String lastOfPage = null;
                try (PreparedStatement st = connection.prepareStatement(PAGE_SQL)) {
                    st.setString(1, last);
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            Instant collectedAt = rs.getObject(5, java.time.OffsetDateTime.class).toInstant();
                            appendLines(sb, date, terms, rs, collectedAt);
                            lastOfPage = rs.getString(1);
                        }
                    }
                }
                if (lastOfPage == null) {
                    return orders;
                }
                CopyText.copyIn(connection, COPY_LINES, sb);
                last = lastOfPage;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("settlement of " + date + " failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static void appendLines(StringBuilder sb, BusinessDate date, AgreementSet terms, ResultSet rs,
                                    Instant collectedAt) throws SQLException {
        String orderId = rs.getString(1);
        String currency = rs.getString(3);
        BigDecimal revenue = rs.getBigDecimal(4);
        List<AgreementTerm> inForce = terms.requireMarketplaceOn(BusinessDate.moscowDateOf(collectedAt));
        for (RevenueShare.Part part : RevenueShare.allocate(revenue, currency, inForce)) {
            sb.append(date).append('\t');
            CopyText.append(sb, part.partyCode());
            sb.append("\tSHARE\t");
            CopyText.append(sb, orderId);
            sb.append('\t');
            CopyText.append(sb, rs.getString(6));
            sb.append('\t');
            CopyText.append(sb, rs.getString(2));
            sb.append('\t').append(collectedAt).append('\t').append(currency).append('\t')
                    .append(revenue.toPlainString()).append('\t').append(part.sharePercent().toPlainString())
                    .append('\t').append(part.amount().toPlainString()).append('\n');
        }
    }

    /** Rulebook 5: one REVERSAL per original line, amounts negated; a reversed order never settles again. */
    public long reverse(BusinessDate date) {
        Map<String, Object> params = Map.of("date", date.date());
        // Only an order whose status changed today can newly need a reversal: one that changed
        // earlier was reversed that night. So the candidates are today's accepted order rows that
        // cancel or refund (the row that made the current status is one of them), not every order
        // ever settled, nor every order row of the night (1.25M on the benchmark's first night).
        jdbc.update("""
                CREATE TEMP TABLE changed_today ON COMMIT DROP AS
                SELECT DISTINCT order_id FROM stg_orders
                WHERE business_date = :date AND outcome IS NULL AND status IN ('CANCELLED', 'REFUNDED')
                """, params);
        jdbc.update("""
                INSERT INTO settlement_line (settlement_date, party_code, line_type, order_id, tracking_numbers,
                       pickup_point_id, collected_at, currency, revenue_amount, share_percent, share_amount,
                       original_settlement_date)
                SELECT :date, l.party_code, 'REVERSAL', l.order_id, l.tracking_numbers, l.pickup_point_id,
                       l.collected_at, l.currency, -l.revenue_amount, l.share_percent, -l.share_amount,
                       l.settlement_date
                FROM settlement_line l
                JOIN settled_order s ON s.order_id = l.order_id
                JOIN customer_order o ON o.order_id = l.order_id
                WHERE l.line_type = 'SHARE' AND s.reversed_on IS NULL
                  AND o.status IN ('CANCELLED', 'REFUNDED')
                  AND o.order_id IN (SELECT order_id FROM changed_today)
                """, params);
        return jdbc.update("""
                UPDATE settled_order s SET reversed_on = :date
                FROM customer_order o
                WHERE o.order_id = s.order_id AND s.reversed_on IS NULL
                  AND o.status IN ('CANCELLED', 'REFUNDED')
                  AND o.order_id IN (SELECT order_id FROM changed_today)
                """, params);
    }

    /**
     * Rulebook 5 and 8: per currency, the day's share amounts over all parties must equal the
     * revenue of the orders settled that day minus that of the orders reversed.
     */
    public void checkControlTotals(BusinessDate date) {
        List<String> broken = jdbc.query("""
                WITH shares AS (
                    SELECT currency, sum(share_amount) AS total FROM settlement_line
                    WHERE settlement_date = :date GROUP BY currency
                ), revenue AS (
                    SELECT o.currency,
                           sum(CASE WHEN s.settlement_date = :date THEN o.amount ELSE 0 END)
                         - sum(CASE WHEN s.reversed_on = :date THEN o.amount ELSE 0 END) AS total
                    FROM settled_order s JOIN customer_order o ON o.order_id = s.order_id
                    WHERE s.settlement_date = :date OR s.reversed_on = :date
                    GROUP BY o.currency
                )
                SELECT coalesce(a.currency, b.currency) || ': shares ' || coalesce(a.total, 0)
                       || ' vs revenue ' || coalesce(b.total, 0)
                FROM shares a FULL JOIN revenue b ON a.currency = b.currency
                WHERE coalesce(a.total, 0) <> coalesce(b.total, 0)
                """, Map.of("date", date.date()), (rs, i) -> rs.getString(1));
        if (!broken.isEmpty()) {
            throw new ControlTotalsException(date, broken);
        }
    }
}
