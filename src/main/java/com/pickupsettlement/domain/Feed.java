package com.pickupsettlement.domain;

/** The three daily feeds, in the order rejects are listed (rulebook 8). */
public enum Feed {
    ORDERS("orders"), MANIFEST("manifest"), PICKUPS("pickups");

    private final String code;

    Feed(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String fileName(BusinessDate date) {
        return code + "_" + date.compact() + ".csv";
    }
}
