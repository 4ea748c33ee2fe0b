package com.pickupsettlement.ingest;

import com.pickupsettlement.domain.BusinessDate;
import com.pickupsettlement.domain.Feed;
import com.pickupsettlement.domain.RejectReason;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDateTime;
import java.util.List;

/** Rulebook 2.2: the carrier's manifest (decimal comma, Moscow wall-clock times). */
public final class ManifestRowParser extends FeedRowParser {
    /** The file's header, which names the staging columns: {@link ManifestRow}'s components. */
    public static final List<String> COLUMNS = FeedRow.columns(ManifestRow.class);
    private static final BigInteger MAX_PARCELS = BigInteger.valueOf(99);

    public ManifestRowParser(char delimiter) {
        super(COLUMNS, delimiter);
    }

    @Override
    public Feed feed() {
        return Feed.MANIFEST;
    }

    @Override
    public List<String> typedColumns() {
        return COLUMNS;
    }

    @Override
    protected ManifestRow check(RowCheck c, BusinessDate date) {
        String manifestId = c.freeText(0, 0);
        String tracking = c.tracking(1);
        String orderId = c.orderId(2);
        BigInteger parcelNo = integer(c, 3);
        BigInteger parcelCount = integer(c, 4);
        if (!c.failed() && !(parcelNo.signum() >= 1 && parcelNo.compareTo(parcelCount) <= 0
                && parcelCount.compareTo(MAX_PARCELS) <= 0)) {
            c.fail(RejectReason.OUT_OF_RANGE);
        }
        LocalDateTime dispatched = moscowTime(c, 5);
        BigDecimal declared = decimal(c, 6, false);
        String currency = c.currency(7);
        BigDecimal weight = decimal(c, 8, true);
        String destination = c.required(9, 16);
        String comment = c.freeText(10, 200);
        if (c.failed()) {
            return null;
        }
        // parcel_no and parcel_count are within 1..99 here (checked above).
        return new ManifestRow(manifestId, tracking, orderId, parcelNo.intValueExact(), parcelCount.intValueExact(),
                dispatched.atZone(BusinessDate.MOSCOW).toOffsetDateTime(), declared, currency, weight, destination,
                comment);
    }

    private static BigInteger integer(RowCheck c, int i) {
        String v = c.required(i, 0);
        if (v == null) {
            return null;
        }
        if (!CellRules.isInteger(v)) {
            c.badFormatOf(i);
            return null;
        }
        return new BigInteger(v);
    }

    private static LocalDateTime moscowTime(RowCheck c, int i) {
        String v = c.required(i, 0);
        if (v == null) {
            return null;
        }
        LocalDateTime t = CellRules.moscowMinutes(v);
        if (t == null) {
            c.badFormatOf(i);
        }
        return t;
    }

    /** Decimal comma, no limit on decimals; strictly positive or non-negative. */
    private static BigDecimal decimal(RowCheck c, int i, boolean strictlyPositive) {
        String v = c.required(i, 0);
        if (v == null) {
            return null;
        }
        BigDecimal n = CellRules.number(v, ',');
        if (n == null) {
            c.badFormatOf(i);
            return null;
        }
        if (strictlyPositive ? n.signum() <= 0 : n.signum() < 0) {
            c.fail(RejectReason.OUT_OF_RANGE);
            return null;
        }
        return n;
    }
}
