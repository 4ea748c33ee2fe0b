package com.pickupsettlement.domain;

/**
 * The files of a business date's inbox, in the order rejects are listed and refusals reported
 * (rulebook 8 and 9): the three daily feeds, which must all be there, and finance's resolutions
 * file, whose absence is normal.
 */
public enum Feed {
    ORDERS("orders", true), MANIFEST("manifest", true), PICKUPS("pickups", true), RESOLUTIONS("resolutions", false);

    private final String code;
    private final boolean required;

    Feed(String code, boolean required) {
        this.code = code;
        this.required = required;
    }

    public String code() {
        return code;
    }

    /** A feed the date cannot run without (exit 3); the resolutions file is optional. */
    public boolean required() {
        return required;
    }

    public String fileName(BusinessDate date) {
        return code + "_" + date.compact() + ".csv";
    }
}
