package com.pickupsettlement.ingest;

import static com.pickupsettlement.domain.RejectReason.FIELD_TOO_LONG;
import static com.pickupsettlement.domain.RejectReason.MISSING_FIELD;
import static com.pickupsettlement.domain.RejectReason.UNKNOWN_CODE;
import static com.pickupsettlement.domain.RejectReason.badFormat;

import com.pickupsettlement.domain.CurrencyRules;
import java.util.List;
import java.util.Set;

/**
 * Walks one record's cells left to right and remembers the first fault (rulebook 8: a row with
 * several faults gets the first that applies). After a fault every further check is a no-op.
 */
final class RowCheck {
    private final List<String> cells;
    private final String[] names;
    private String reason;

    RowCheck(List<String> cells, String[] names) {
        this.cells = cells;
        this.names = names;
    }

    String reason() {
        return reason;
    }

    boolean failed() {
        return reason != null;
    }

    void fail(String why) {
        if (reason == null) {
            reason = why;
        }
    }

    String cell(int i) {
        return cells.get(i);
    }

    /** Free text that may be empty: only NUL and the length cap apply. */
    String freeText(int i, int max) {
        if (failed()) {
            return null;
        }
        String v = cells.get(i);
        if (max > 0 && CellRules.codePoints(v) > max) {
            fail(FIELD_TOO_LONG);
        } else if (CellRules.hasNul(v)) {
            fail(badFormat(names[i]));
        }
        return v;
    }

    /** A required cell of 1..max code points; returns null (and records the fault) when it fails. */
    String required(int i, int max) {
        if (failed()) {
            return null;
        }
        String v = cells.get(i);
        if (v.isEmpty()) {
            fail(MISSING_FIELD);
            return null;
        }
        if (max > 0 && CellRules.codePoints(v) > max) {
            fail(FIELD_TOO_LONG);
            return null;
        }
        if (CellRules.hasNul(v)) {
            fail(badFormat(names[i]));
            return null;
        }
        return v;
    }

    String orderId(int i) {
        String v = required(i, 32);
        if (v != null && !CellRules.isIdChars(v)) {
            fail(badFormat(names[i]));
            return null;
        }
        return v;
    }

    String tracking(int i) {
        String v = required(i, 20);
        if (v != null && !CellRules.isTracking(v)) {
            fail(badFormat(names[i]));
            return null;
        }
        return v;
    }

    String code(int i, Set<String> known) {
        String v = required(i, 0);
        if (v != null && !known.contains(v)) {
            fail(UNKNOWN_CODE);
            return null;
        }
        return v;
    }

    String currency(int i) {
        String v = required(i, 0);
        if (v != null && !CurrencyRules.isKnown(v)) {
            fail(UNKNOWN_CODE);
            return null;
        }
        return v;
    }

    /** A cell that must be empty (a WRITE_OFF's type and tracking number); anything in it is a format fault. */
    String empty(int i) {
        if (!failed() && !cells.get(i).isEmpty()) {
            fail(badFormat(names[i]));
        }
        return "";
    }

    /** A cell that may be empty and is otherwise checked by {@code rule}. */
    String optional(int i, java.util.function.IntFunction<String> rule) {
        return failed() || cells.get(i).isEmpty() ? "" : rule.apply(i);
    }

    void badFormatOf(int i) {
        fail(badFormat(names[i]));
    }
}
