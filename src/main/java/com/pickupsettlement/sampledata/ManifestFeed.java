package com.pickupsettlement.sampledata;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/** Writes manifest lines (rulebook 2.2), one per parcel, and the trailer that counts them. */
final class ManifestFeed {
    static final String HEADER = "manifest_id;tracking_number;order_id;parcel_no;parcel_count;dispatched_at;"
            + "declared_value;currency;weight_kg;destination_point_id;comment";
    static final int REASONS = 8;
    private static final int WRONG_COLUMNS = 0;
    private static final int MISSING_FIELD = 1;
    private static final int BAD_DECLARED = 2;
    private static final int BAD_DISPATCHED = 3;
    private static final int BAD_TRACKING = 4;
    private static final int OUT_OF_RANGE = 5;
    private static final int UNKNOWN_CODE = 6;
    private static final int TOO_LONG = 7;

    private final Setup setup;
    private final OrderPlan plan;
    private final OrderDetails details;
    private final CsvLine line = new CsvLine(';');
    private long records;

    ManifestFeed(Setup setup) {
        this.setup = setup;
        this.plan = new OrderPlan(setup);
        this.details = new OrderDetails(setup);
    }

    void begin(Writer out) throws IOException {
        records = 0;
        out.write(HEADER + "\n");
    }

    /** The trailer counts records (a quoted line break does not start one), rejects and duplicates included. */
    void end(Writer out) throws IOException {
        out.write("TRAILER;" + records + "\n");
    }

    void writeChunk(Writer out, int scanDay, LongList keys, BadRows bad) throws IOException {
        int lines = 0;
        for (int i = 0; i < keys.size(); i++) {
            lines += Key.detail(keys.get(i));
        }
        bad.plan(lines, 0);
        int row = 0;
        for (int i = 0; i < keys.size(); i++) {
            long key = keys.get(i);
            plan.load(scanDay - Key.daysBack(key), Key.index(key));
            details.load(plan);
            for (int p = 0; p < plan.parcels; p++) {
                if (p == plan.omittedParcel) {
                    continue;
                }
                fill(p);
                int reason = bad.reasonFor(row++, plan);
                if (reason >= 0) {
                    spoil(reason, row);
                }
                line.write(out);
                records++;
                long h = Hash.of(setup.seed, 8, plan.placeDay, plan.index * 4L + p);
                if (reason < 0 && setup.anomalies && Anomaly.duplicateRow(h)) {
                    line.repeat(out);
                    records++;
                }
            }
        }
    }

    private void fill(int p) {
        Moscow msk = setup.moscow;
        line.reset();
        StringBuilder manifestId = line.add().append("SPSR-");
        Fmt.yyyymmdd(manifestId, msk.dayOf(plan.dispatchAt));
        manifestId.append("-0").append(details.batch);
        if (p == plan.duplicateTrackingParcel) {
            Ids.tracking(line.add(), setup, plan.placeDay, plan.index - 1, 0);
        } else {
            Ids.tracking(line.add(), setup, plan.placeDay, plan.index, p);
        }
        Ids.orderId(line.add(), plan.placeDay, Ids.orderNo(setup, plan.index));
        line.add().append(p + 1);
        line.add().append(p == plan.countMismatchParcel ? plan.parcels + 1 : plan.parcels);
        Fmt.russianMinutes(line.add(), plan.dispatchAt, msk.offsetAt(plan.dispatchAt));
        Fmt.decimal(line.add(), details.declared[p], 2, ',');
        line.add(OrderDetails.CURRENCIES[details.declaredCurrency]);
        Fmt.kilograms(line.add(), details.grams[p]);
        line.add(Setup.POINTS[plan.point]);
        line.add(details.comments[p]);
    }

    /** Faults in the rulebook's order of checks: each is the first fault of its row. */
    private void spoil(int reason, int row) {
        switch (reason) {
            case WRONG_COLUMNS -> {
                // The classic: a ';' in an unquoted comment splits it into two cells.
                line.replace(10, "Хрупкое");
                line.add(" не бросать");
            }
            case MISSING_FIELD -> line.replace(2, "");
            case BAD_DECLARED -> {
                StringBuilder value = line.cell(6);
                value.setCharAt(value.indexOf(","), '.');
            }
            case BAD_DISPATCHED -> {
                String d = line.cell(5).toString();
                line.replace(5, d.substring(6, 10) + "-" + d.substring(3, 5) + "-" + d.substring(0, 2) + d.substring(10));
            }
            case BAD_TRACKING -> line.replace(1, line.cell(1).toString().toLowerCase(Locale.ROOT));
            case OUT_OF_RANGE -> {
                int count = Integer.parseInt(line.cell(4).toString());
                switch (row % 3) {
                    case 0 -> line.replace(3, String.valueOf(count + 1));
                    case 1 -> line.replace(8, "0,000");
                    default -> line.cell(6).insert(0, '-'); // declared values are never 0,00
                }
            }
            case UNKNOWN_CODE -> line.replace(7, "ZZZ");
            case TOO_LONG -> {
                if (row % 2 == 0) {
                    line.cell(1).append("X1234567890");
                } else {
                    line.replace(10, "Очень длинный комментарий курьера без переносов строк. ".repeat(4));
                }
            }
            default -> throw new IllegalArgumentException("reason " + reason);
        }
    }
}
