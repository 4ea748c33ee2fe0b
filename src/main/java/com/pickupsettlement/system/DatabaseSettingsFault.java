package com.pickupsettlement.system;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Optional;

/**
 * A database that cannot be used because of how it is configured, not because it failed: a
 * wrong password or user (PostgreSQL 28P01, 28000), a database that does not exist (3D000), or,
 * with SPRING_DATASOURCE_URL set, a host that is unknown or refuses connections (08001). Exit 2
 * (rulebook 7: configuration error) with the variable to fix, instead of a failed run and a
 * stack trace. Without SPRING_DATASOURCE_URL the server is our embedded one: a refused connection
 * there is an outage (exit 1), not a setting to fix.
 */
public enum DatabaseSettingsFault {
    PASSWORD("SPRING_DATASOURCE_PASSWORD (or SPRING_DATASOURCE_USERNAME)", "the database refused the password"),
    USERNAME("SPRING_DATASOURCE_USERNAME", "the database refused the user"),
    DATABASE("SPRING_DATASOURCE_URL (the database name at its end)", "the database named in the URL does not exist"),
    SERVER("SPRING_DATASOURCE_URL (host and port)", "the database server cannot be reached");

    private final String variable;
    private final String what;

    DatabaseSettingsFault(String variable, String what) {
        this.variable = variable;
        this.what = what;
    }

    /** The variable an operator should fix. */
    public String variable() {
        return variable;
    }

    public String what() {
        return what;
    }

    public static Optional<DatabaseSettingsFault> of(Throwable t) {
        boolean urlConfigured = System.getenv("SPRING_DATASOURCE_URL") != null
                || System.getProperty("spring.datasource.url") != null;
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException s && s.getSQLState() != null) {
                switch (s.getSQLState()) {
                    case "28P01":
                        return Optional.of(PASSWORD);
                    case "28000":
                        return Optional.of(USERNAME);
                    case "3D000":
                        return Optional.of(DATABASE);
                    case "08001":
                        if (urlConfigured) {
                            return Optional.of(SERVER);
                        }
                        break;
                    default:
                        break;
                }
            }
            if (urlConfigured && (c instanceof UnknownHostException || c instanceof ConnectException)) {
                return Optional.of(SERVER);
            }
        }
        return Optional.empty();
    }
}
