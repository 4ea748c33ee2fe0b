package com.pickupsettlement.sampledata;

import java.io.IOException;
import java.io.Writer;

/** Writes orders rows (rulebook 2.1) for sorted keys: PAID placements and later status versions. */
final class OrdersFeed {
    static final String HEADER =
            "order_id,order_time,buyer_id,seller_id,pickup_point_id,currency,amount,status,updated_at";
    static final int VERSION_ROW = 1;
    static final int REASONS = 9;
    private static final int WRONG_COLUMNS = 0;
    private static final int MISSING_FIELD = 1;
    private static final int BAD_AMOUNT = 2;
    private static final int BAD_ORDER_TIME = 3;
    private static final int OUT_OF_RANGE = 4;
    private static final int UNKNOWN_CODE = 5;
    private static final int TOO_LONG = 6;
    private static final int CONFLICTING_VERSION = 7;
    private static final int IMMUTABLE_CHANGED = 8;
    private static final int CHINA = 8 * 3600;

    private final Setup setup;
    private final OrderPlan plan;
    private final OrderDetails details;
    private final CsvLine line = new CsvLine(',');

    OrdersFeed(Setup setup) {
        this.setup = setup;
        this.plan = new OrderPlan(setup);
        this.details = new OrderDetails(setup);
    }

    void writeChunk(Writer out, int scanDay, LongList keys, BadRows bad) throws IOException {
        bad.plan(keys.size(), 0);
        for (int i = 0; i < keys.size(); i++) {
            long key = keys.get(i);
            boolean versionRow = Key.detail(key) == VERSION_ROW;
            plan.load(scanDay - Key.daysBack(key), Key.index(key));
            details.load(plan);
            fill(versionRow);
            int reason = bad.reasonFor(i, plan);
            if (reason < 0) {
                line.write(out);
                long h = Hash.of(setup.seed, 7, plan.placeDay, plan.index * 2L + (versionRow ? 1 : 0));
                if (setup.anomalies && Anomaly.duplicateRow(h)) {
                    line.repeat(out);
                }
            } else if (reason == CONFLICTING_VERSION || reason == IMMUTABLE_CHANGED) {
                // These need the original accepted first: write it, then the offending copy.
                line.write(out);
                spoilCopy(reason, versionRow);
                line.write(out);
            } else {
                spoil(reason, i);
                line.write(out);
            }
        }
    }

    private void fill(boolean versionRow) {
        Moscow msk = setup.moscow;
        line.reset();
        Ids.orderId(line.add(), plan.placeDay, Ids.orderNo(setup, plan.index));
        Fmt.isoOffset(line.add(), plan.orderTime, plan.chinaOffset ? CHINA : msk.offsetAt(plan.orderTime));
        details.buyer(line.add());
        details.seller(line.add());
        line.add(Setup.POINTS[plan.point]);
        line.add(OrderDetails.CURRENCIES[details.currency]);
        Fmt.decimal(line.add(), details.amount, 2, '.');
        line.add(!versionRow ? "PAID" : plan.version == OrderPlan.CANCELLED ? "CANCELLED" : "REFUNDED");
        long at = versionRow ? plan.versionAt : plan.updatedAt;
        Fmt.isoOffset(line.add(), at, plan.chinaOffset ? CHINA : msk.offsetAt(at));
    }

    /** Faults in the rulebook's order of checks: each is the first fault of its row. */
    private void spoil(int reason, int row) {
        switch (reason) {
            case WRONG_COLUMNS -> line.add("");
            case MISSING_FIELD -> line.replace(2, "");
            case BAD_AMOUNT -> line.cell(6).append('5');
            case BAD_ORDER_TIME -> {
                StringBuilder time = line.cell(1);
                time.setCharAt(10, ' ');
                time.setLength(19);
            }
            case OUT_OF_RANGE -> line.replace(6, row % 2 == 0 ? "0.00" : "-15.00");
            case UNKNOWN_CODE -> {
                if (row % 2 == 0) {
                    line.replace(7, line.cell(7).toString().toLowerCase(java.util.Locale.ROOT));
                } else {
                    line.replace(5, line.cell(5).toString().toLowerCase(java.util.Locale.ROOT));
                }
            }
            case TOO_LONG -> line.replace(4, Setup.POINTS[plan.point] + "-WAREHOUSE-B");
            default -> throw new IllegalArgumentException("reason " + reason);
        }
    }

    private void spoilCopy(int reason, boolean versionRow) {
        long at = versionRow ? plan.versionAt : plan.updatedAt;
        int offset = plan.chinaOffset ? CHINA : setup.moscow.offsetAt(at);
        StringBuilder updated = line.cell(8);
        updated.setLength(0);
        if (reason == CONFLICTING_VERSION) {
            // The same instant written in the other offset, with another status.
            line.replace(7, versionRow ? "PAID" : "CANCELLED");
            Fmt.isoOffset(updated, at, plan.chinaOffset ? setup.moscow.offsetAt(at) : CHINA);
        } else {
            line.replace(6, "");
            Fmt.decimal(line.cell(6), details.amount + 100, 2, '.');
            Fmt.isoOffset(updated, at + 3600, offset);
        }
    }
}
