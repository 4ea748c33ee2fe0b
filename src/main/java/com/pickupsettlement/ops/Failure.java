package com.pickupsettlement.ops;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Turns an unexpected exception into the one line an operator reads at 3 a.m. */
public final class Failure {
    private Failure() {
    }

    static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null) {
            c = c.getCause();
        }
        return c.getMessage() == null ? c.toString() : c.getMessage();
    }

    /**
     * The database went away or cannot be reached: refused or broken connections, a pool that
     * cannot get one, PostgreSQL's connection (08) and shutdown (57P) states.
     */
    static boolean databaseLost(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof ConnectException || c instanceof SQLTransientConnectionException
                    || c instanceof CannotCreateTransactionException || c instanceof DataAccessResourceFailureException) {
                return true;
            }
            if (c instanceof SQLException s && s.getSQLState() != null
                    && (s.getSQLState().startsWith("08") || s.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    public static OperatorMessage describe(String command, String date, Throwable t) {
        String subject = date != null ? date : command;
        if (databaseLost(t)) {
            return new OperatorMessage(ExitCode.FAILED, subject + " failed: the database went away or cannot be reached ("
                    + rootMessage(t) + "). Nothing was published by this run. When the database is back, 'status' shows "
                    + "where things stand; a run left STARTED needs 'recover --date D', then running D again resumes it.");
        }
        return new OperatorMessage(ExitCode.FAILED, subject + " failed: " + rootMessage(t)
                + ". Details are in the log above; run it again with the same files once the cause is fixed.");
    }
}
