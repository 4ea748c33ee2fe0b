package com.pickupsettlement.ingest;

/**
 * A whole file is refused (rulebook 2.5): the date's run stops with exit 4 and keeps nothing.
 * The message names the file, the line where it applies (0 when the whole file is meant) and why.
 */
public class FeedRefusedException extends RuntimeException {
    private final String fileName;
    private final long line;
    private final String reason;

    public FeedRefusedException(String fileName, long line, String reason) {
        super(fileName + (line > 0 ? ", line " + line : "") + ": " + reason);
        this.fileName = fileName;
        this.line = line;
        this.reason = reason;
    }

    public String fileName() {
        return fileName;
    }

    public long line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}
