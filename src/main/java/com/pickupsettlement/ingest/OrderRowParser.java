package com.pickupsettlement.ingest;

import com.pickupsettlement.domain.BusinessDate;
import com.pickupsettlement.domain.CurrencyRules;
import com.pickupsettlement.domain.Feed;
import com.pickupsettlement.domain.RejectReason;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/** Rulebook 2.1: the marketplace's orders. */
public final class OrderRowParser extends FeedRowParser {
    /** The file's header, which names the staging columns: {@link OrderRow}'s components. */
    public static final List<String> COLUMNS = FeedRow.columns(OrderRow.class);
    private static final Set<String> STATUSES = Set.of("PAID", "CANCELLED", "REFUNDED");

    public OrderRowParser(char delimiter) {
        super(COLUMNS, delimiter);
    }

    @Override
    public Feed feed() {
        return Feed.ORDERS;
    }

    @Override
    public List<String> typedColumns() {
        return COLUMNS;
    }

    @Override
    protected OrderRow check(RowCheck c, BusinessDate date) {
        String orderId = c.orderId(0);
        OffsetDateTime orderTime = dateTime(c, 1);
        String buyer = c.required(2, 32);
        String seller = c.required(3, 32);
        String point = c.required(4, 16);
        String currency = c.currency(5);
        BigDecimal amount = amount(c, 6, currency);
        String status = c.code(7, STATUSES);
        OffsetDateTime updatedAt = dateTime(c, 8);
        if (c.failed()) {
            return null;
        }
        return new OrderRow(orderId, orderTime, buyer, seller, point, currency, amount, status, updatedAt);
    }

    static OffsetDateTime dateTime(RowCheck c, int i) {
        String v = c.required(i, 0);
        if (v == null) {
            return null;
        }
        OffsetDateTime t = CellRules.offsetDateTime(v);
        if (t == null) {
            c.badFormatOf(i);
        }
        return t;
    }

    /** > 0 with at most the currency's minor digits (too many decimals is a format fault). */
    private static BigDecimal amount(RowCheck c, int i, String currency) {
        String v = c.required(i, 0);
        if (v == null) {
            return null;
        }
        BigDecimal n = CellRules.number(v, '.');
        if (n == null || n.scale() > CurrencyRules.minorDigits(currency)) {
            c.badFormatOf(i);
            return null;
        }
        if (n.signum() <= 0) {
            c.fail(RejectReason.OUT_OF_RANGE);
            return null;
        }
        return n;
    }
}
