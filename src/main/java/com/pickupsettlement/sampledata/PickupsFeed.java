package com.pickupsettlement.sampledata;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/** Writes pickup events (rulebook 2.3) for sorted keys. */
final class PickupsFeed {
    static final String HEADER = "event_id,tracking_number,point_id,event_type,event_time,operator_id";
    static final int REASONS = 7;
    private static final int WRONG_COLUMNS = 0;
    private static final int MISSING_FIELD = 1;
    private static final int BAD_TRACKING = 2;
    private static final int BAD_EVENT_TIME = 3;
    private static final int TOO_LONG = 4;
    private static final int UNKNOWN_CODE = 5;
    private static final int IN_THE_FUTURE = 6;
    private static final String[] FORMULA_OPERATORS = {"=1+2", "@op-7", "+op", "-op"};

    private final Setup setup;
    private final OrderPlan plan;
    private final CsvLine line = new CsvLine(',');

    PickupsFeed(Setup setup) {
        this.setup = setup;
        this.plan = new OrderPlan(setup);
    }

    static int detail(int parcel, int type, int occurrence) {
        return parcel << 4 | type << 2 | occurrence;
    }

    /** {@code fileDay} may be later than {@code scanDay}: the go-live file holds the backlog's events too. */
    void writeChunk(Writer out, int fileDay, int scanDay, LongList keys, BadRows bad) throws IOException {
        int conflicts = 0;
        for (int i = 0; i < keys.size(); i++) {
            conflicts += (Key.detail(keys.get(i)) & 3) == Anomaly.ECHO_CONFLICT ? 1 : 0;
        }
        int conflictsLeft = bad.plan(keys.size(), conflicts);
        for (int i = 0; i < keys.size(); i++) {
            long key = keys.get(i);
            int detail = Key.detail(key);
            int occurrence = detail & 3;
            if (occurrence == Anomaly.ECHO_CONFLICT && conflictsLeft-- <= 0) {
                occurrence = Anomaly.ECHO_DUPLICATE; // over the file's allowance: re-send it unchanged instead
            }
            plan.load(scanDay - Key.daysBack(key), Key.index(key));
            int parcel = detail >>> 4 & 3;
            int type = detail >>> 2 & 3;
            fill(parcel, type, occurrence);
            int reason = bad.reasonFor(i, plan);
            if (reason >= 0) {
                spoil(reason, i, fileDay, plan.eventAt(parcel, type));
            }
            line.write(out);
        }
    }

    private void fill(int parcel, int type, int occurrence) {
        Moscow msk = setup.moscow;
        long at = plan.eventAt(parcel, type);
        int point = plan.parcelPoint(parcel);
        line.reset();
        Ids.eventId(line.add(), point, msk.dayOf(at), plan.placeDay, Ids.orderNo(setup, plan.index), parcel, type);
        Ids.tracking(line.add(), setup, plan.placeDay, plan.index, parcel);
        line.add(Setup.POINTS[point]);
        line.add(OrderPlan.EVENT_TYPES[type]);
        Fmt.localSeconds(line.add(), at, msk.offsetAt(at));
        long h = Hash.of(setup.seed, 9, plan.placeDay, plan.index * 16L + parcel * 4L + type);
        StringBuilder operator = line.add();
        if (setup.anomalies && Anomaly.formula(h)) {
            operator.append(FORMULA_OPERATORS[Hash.below(h, FORMULA_OPERATORS.length)]);
        } else {
            operator.append("op-");
            Fmt.pad(operator, 1 + Hash.below(h, 40), 3);
        }
        if (occurrence == Anomaly.ECHO_CONFLICT) {
            operator.append("-corrected");
        }
    }

    /** Faults in the rulebook's order of checks: each is the first fault of its row. */
    private void spoil(int reason, int row, int fileDay, long at) {
        Moscow msk = setup.moscow;
        switch (reason) {
            case WRONG_COLUMNS -> line.add("extra");
            case MISSING_FIELD -> line.replace(1, "");
            case BAD_TRACKING -> line.replace(1, line.cell(1).toString().toLowerCase(Locale.ROOT));
            case BAD_EVENT_TIME -> {
                StringBuilder time = line.cell(4);
                if (row % 2 == 0) {
                    time.setCharAt(10, 'T');
                } else {
                    String t = time.toString();
                    line.replace(4, t.substring(8, 10) + "." + t.substring(5, 7) + "." + t.substring(0, 4) + t.substring(10));
                }
            }
            case TOO_LONG -> {
                if (row % 2 == 0) {
                    line.cell(2).append("-WAREHOUSE-B");
                } else {
                    line.cell(0).insert(0, 'X').append("-999999999999999");
                }
            }
            case UNKNOWN_CODE -> line.replace(3, line.cell(3).toString().toLowerCase(Locale.ROOT));
            case IN_THE_FUTURE -> {
                // A scanner clock a day fast: the same time of day, after the file's cut-off.
                long future = msk.startOfDay(fileDay + 1) + (at - msk.startOfDay(msk.dayOf(at)));
                line.replace(4, "");
                Fmt.localSeconds(line.cell(4), future, msk.offsetAt(future));
            }
            default -> throw new IllegalArgumentException("reason " + reason);
        }
    }
}
