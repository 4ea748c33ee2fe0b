package com.pickupsettlement.ops;

/** Rulebook 7: the exit codes cron and scripts rely on. */
public enum ExitCode {
    COMPLETED(0), FAILED(1), USAGE(2), INPUT_NOT_READY(3), INPUT_REFUSED(4), INPUTS_CHANGED(5),
    EARLIER_DATE_NOT_COMPLETED(6), ANOTHER_RUN_ACTIVE(7);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
