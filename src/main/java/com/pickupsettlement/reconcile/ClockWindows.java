package com.pickupsettlement.reconcile;

import com.pickupsettlement.domain.ExceptionType.Clock;
import com.pickupsettlement.system.SqlScript;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The incremental scope's SLA windows: an exception whose condition a clock alone can make hold
 * (rulebook 4's SLA figures) is caught on an incremental night only if the keys whose clock ran
 * out since the previous cut-off are in scope. So the windows are not written in the scope
 * script: it carries {@code @clockWindows(trackings)} and {@code @clockWindows(orders)}, and each
 * becomes the union of the windows (sql/reconcile/clock/CLOCK.sql) of the clocks the rules run on.
 * A rule with a clock therefore always brings its window; a clock without a window file fails at
 * start-up, and a new clock does not compile until {@link #scopeOf} says which scope it feeds.
 */
final class ClockWindows {
    private static final Pattern MARK = Pattern.compile("@clockWindows\\((orders|trackings)\\)");

    private ClockWindows() {
    }

    /** The scope script with the windows of the clocks of the given rules in place of its marks. */
    static SqlScript into(SqlScript scope, Collection<Rule> rules) {
        Set<Clock> clocks = EnumSet.noneOf(Clock.class);
        rules.stream().map(Rule::clock).filter(c -> c != Clock.NONE).forEach(clocks::add);
        Set<Clock> placed = EnumSet.noneOf(Clock.class);
        SqlScript expanded = scope.rewritten(sql -> expand(sql, clocks, placed));
        if (!placed.equals(clocks)) {
            throw new IllegalStateException("the incremental scope has no @clockWindows mark for the clocks "
                    + clocks.stream().filter(c -> !placed.contains(c)).toList());
        }
        return expanded;
    }

    private static String expand(String sql, Set<Clock> clocks, Set<Clock> placed) {
        Matcher m = MARK.matcher(sql);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            StringBuilder windows = new StringBuilder();
            for (Clock clock : clocks) {
                if (scopeOf(clock).equals(m.group(1))) {
                    windows.append("UNION\n").append(window(clock)).append('\n');
                    placed.add(clock);
                }
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(windows.toString()));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Which scope table a clock's window feeds: the keys its rules are evaluated for. */
    static String scopeOf(Clock clock) {
        return switch (clock) {
            case DAYS_TO_SHIP -> "orders";
            case TRANSIT, HOLDING -> "trackings";
            case NONE -> throw new IllegalArgumentException("no clock, no window");
        };
    }

    static String window(Clock clock) {
        return SqlScript.load("sql/reconcile/clock/" + clock.name() + ".sql").text();
    }
}
