package com.pickupsettlement.domain;

import java.util.Locale;

/**
 * The files of a business date's inbox, in the order rejects are listed and refusals reported
 * (rulebook 8 and 9): the three daily feeds, which must all be there, and finance's resolutions
 * file, whose absence is normal.
 */
public enum Feed {
    ORDERS, MANIFEST, PICKUPS, RESOLUTIONS;

    private final String code = name().toLowerCase(Locale.ROOT);

    /** The feed's name in its file names and in the rejects: orders, manifest, pickups or resolutions. */
    public String code() {
        return code;
    }

    /** A feed the date cannot run without (exit 3); the resolutions file is optional. */
    public boolean required() {
        return this != RESOLUTIONS;
    }

    public String fileName(BusinessDate date) {
        return code + "_" + date.compact() + ".csv";
    }
}
