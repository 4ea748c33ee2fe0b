package com.pickupsettlement.ingest.csv;

/** A byte sequence that is not valid in the feed's encoding: the whole file is refused (rulebook 2.5). */
public class UndecodableInputException extends RuntimeException {
    private final long line;

    public UndecodableInputException(long line) {
        super("not decodable in its encoding at line " + line);
        this.line = line;
    }

    public long line() {
        return line;
    }
}
