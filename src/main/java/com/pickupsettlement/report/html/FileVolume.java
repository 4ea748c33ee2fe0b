package com.pickupsettlement.report.html;

/**
 * One input file of the date and what became of its rows (rulebook 2.5).
 *
 * @param feed orders, manifest, pickups or resolutions
 * @param fileName as it was in the inbox, e.g. orders_20261118.csv
 */
public record FileVolume(String feed, String fileName, long read, long accepted, long duplicates, long rejected) {
    public FileVolume {
        Checks.text(feed, "feed");
        Checks.text(fileName, "fileName");
        Checks.counts("read accepted duplicates rejected", read, accepted, duplicates, rejected);
        if (read != accepted + duplicates + rejected) {
            throw new IllegalArgumentException(fileName + ": read " + read + " is not accepted + duplicates + rejected");
        }
    }
}
