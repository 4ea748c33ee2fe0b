package com.pickupsettlement.report.html;

/**
 * Rows of one feed rejected for one reason on the date.
 *
 * @param feed orders, manifest, pickups or resolutions
 * @param reason the rulebook's reason text, e.g. {@code bad format (amount)}
 */
public record RejectCount(String feed, String reason, long rows) {
    public RejectCount {
        Checks.text(feed, "feed");
        Checks.text(reason, "reason");
        Checks.count(rows, "rows");
    }
}
