package com.pickupsettlement.report.html;

/**
 * Ages of open exceptions as finance asks about them: new today, this week, past the 6–8 day
 * transit, two weeks (UNCLAIMED's limit), a month, older.
 */
enum AgeBucket {
    TODAY("0", 0), ONE_TO_TWO("1–2", 2), THREE_TO_SEVEN("3–7", 7), EIGHT_TO_FOURTEEN("8–14", 14),
    FIFTEEN_TO_THIRTY("15–30", 30), OVER_THIRTY(">30", Long.MAX_VALUE);

    private final String label;
    private final long upTo;

    AgeBucket(String label, long upTo) {
        this.label = label;
        this.upTo = upTo;
    }

    String label() {
        return label;
    }

    static AgeBucket of(long ageDays) {
        for (AgeBucket b : values()) {
            if (ageDays <= b.upTo) {
                return b;
            }
        }
        throw new IllegalArgumentException("age " + ageDays);
    }
}
