package com.pickupsettlement.ingest.csv;

/** A record over the configured length, most likely an unclosed quote: the file is refused. */
public class RecordTooLongException extends RuntimeException {
    private final long line;

    public RecordTooLongException(long line, int max) {
        super("record starting at line " + line + " is longer than " + max
                + " characters (an unclosed quote?)");
        this.line = line;
    }

    public long line() {
        return line;
    }
}
