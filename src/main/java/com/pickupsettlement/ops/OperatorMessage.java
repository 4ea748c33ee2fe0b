package com.pickupsettlement.ops;

/**
 * An expected way for a command to end (missing file, bad file, closed date...): a short message
 * that says what to do, and the exit code; never a stack trace.
 */
public class OperatorMessage extends RuntimeException {
    private final ExitCode exitCode;

    public OperatorMessage(ExitCode exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public ExitCode exitCode() {
        return exitCode;
    }

    /** The operator message somewhere in a chain of causes, or null. */
    static OperatorMessage find(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof OperatorMessage m) {
                return m;
            }
        }
        return null;
    }
}
