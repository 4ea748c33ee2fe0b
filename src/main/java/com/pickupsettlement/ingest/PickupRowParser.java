package com.pickupsettlement.ingest;

import com.pickupsettlement.domain.BusinessDate;
import com.pickupsettlement.domain.Feed;
import com.pickupsettlement.domain.RejectReason;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/** Rulebook 2.3: the pickup centre's events. */
public final class PickupRowParser extends FeedRowParser {
    /** The file's header, which names the staging columns: {@link PickupRow}'s components. */
    public static final List<String> COLUMNS = FeedRow.columns(PickupRow.class);
    private static final Set<String> TYPES = Set.of("ARRIVED", "HANDED_OVER", "REFUSED", "RETURNED");

    public PickupRowParser(char delimiter) {
        super(COLUMNS, delimiter);
    }

    @Override
    public Feed feed() {
        return Feed.PICKUPS;
    }

    @Override
    public List<String> typedColumns() {
        return COLUMNS;
    }

    @Override
    protected PickupRow check(RowCheck c, BusinessDate date) {
        String eventId = c.required(0, 40);
        String tracking = c.tracking(1);
        String point = c.required(2, 16);
        String type = c.code(3, TYPES);
        Instant time = eventTime(c, 4, date);
        String operator = c.freeText(5, 0);
        if (c.failed()) {
            return null;
        }
        return new PickupRow(eventId, tracking, point, type, time, operator);
    }

    /** The cut-off instant itself belongs to the next day, so it is already "in the future". */
    private static Instant eventTime(RowCheck c, int i, BusinessDate date) {
        String v = c.required(i, 0);
        if (v == null) {
            return null;
        }
        LocalDateTime local = CellRules.moscowSeconds(v);
        if (local == null) {
            c.badFormatOf(i);
            return null;
        }
        Instant t = local.atZone(BusinessDate.MOSCOW).toInstant();
        if (!t.isBefore(date.cutoff())) {
            c.fail(RejectReason.EVENT_IN_THE_FUTURE);
            return null;
        }
        return t;
    }
}
