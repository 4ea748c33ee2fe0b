package com.pickupsettlement.ingest;

/**
 * A whole file is refused (rulebook 2.5): the date's run stops with exit 4 and keeps nothing.
 * The message names the file, the line where it applies (0 when the whole file is meant) and why.
 */
public class FeedRefusedException extends RuntimeException {
    private final String fileName;
    private final long line;
    private final String reason;
    private final boolean rejectRatio;

    public FeedRefusedException(String fileName, long line, String reason) {
        this(fileName, line, reason, false);
    }

    private FeedRefusedException(String fileName, long line, String reason, boolean rejectRatio) {
        super(fileName + (line > 0 ? ", line " + line : "") + ": " + reason);
        this.fileName = fileName;
        this.line = line;
        this.reason = reason;
        this.rejectRatio = rejectRatio;
    }

    /** Refused for too many rejected rows: ops need every rejected row back, not just the reason. */
    public static FeedRefusedException rejectRatio(String fileName, String reason) {
        return new FeedRefusedException(fileName, 0, reason, true);
    }

    public boolean isRejectRatio() {
        return rejectRatio;
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
