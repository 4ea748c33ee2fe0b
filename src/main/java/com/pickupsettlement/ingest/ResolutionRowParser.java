package com.pickupsettlement.ingest;

import com.pickupsettlement.domain.BusinessDate;
import com.pickupsettlement.domain.ExceptionType;
import com.pickupsettlement.domain.Feed;
import com.pickupsettlement.ingest.csv.CsvRecord;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Rulebook 9: a row of finance's resolutions file, checked field by field. The checks against
 * the state at the date (is the exception open, the order known) come later, set-based, once
 * the date's feeds are merged and reconciled.
 */
public final class ResolutionRowParser extends FeedRowParser {
    /** The file's header, which names the staging columns: {@link ResolutionRow}'s components. */
    public static final List<String> COLUMNS = FeedRow.columns(ResolutionRow.class);
    static final String CLOSE = "CLOSE";
    private static final Set<String> ACTIONS = Set.of(CLOSE, "WRITE_OFF");
    private static final Set<String> TYPES = Arrays.stream(ExceptionType.values()).map(Enum::name)
            .collect(Collectors.toUnmodifiableSet());

    public ResolutionRowParser(char delimiter) {
        super(COLUMNS, delimiter);
    }

    @Override
    public Feed feed() {
        return Feed.RESOLUTIONS;
    }

    @Override
    public List<String> typedColumns() {
        return COLUMNS;
    }

    /**
     * Finance copies cells from our outputs, where a formula-looking text cell carries a leading
     * "'" (rulebook 8); that "'" is removed from every cell before any check (rulebook 9). Only a
     * leading one: it is the only one our outputs add.
     */
    @Override
    protected List<String> cells(CsvRecord record) {
        return record.cells().stream().map(ResolutionRowParser::unguarded).toList();
    }

    static String unguarded(String cell) {
        if (cell.length() < 2 || cell.charAt(0) != '\'') {
            return cell;
        }
        char c = cell.charAt(1);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? cell.substring(1) : cell;
    }

    @Override
    protected ResolutionRow check(RowCheck c, BusinessDate date) {
        String action = c.code(0, ACTIONS);
        if (c.failed()) {
            return null;
        }
        boolean close = action.equals(CLOSE);
        String type = close ? c.code(1, TYPES) : c.empty(1);
        String orderId = close ? c.optional(2, c::orderId) : c.orderId(2);
        String tracking = close ? c.optional(3, c::tracking) : c.empty(3);
        String reason = c.required(4, 500);
        String resolvedBy = c.required(5, 64);
        if (c.failed()) {
            return null;
        }
        return new ResolutionRow(action, type, orderId, tracking, reason, resolvedBy);
    }
}
