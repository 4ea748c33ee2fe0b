package com.pickupsettlement.ingest;

/**
 * PostgreSQL text cannot hold U+0000, yet a reject's raw_line must reproduce the record exactly.
 * Raw lines holding NUL are stored with NUL mapped to a private-use character (and flagged), and
 * mapped back when the rejects file is written.
 */
public final class NulSafe {
    private static final char STAND_IN = '\uE000';

    private NulSafe() {
    }

    static String encode(String raw) {
        return raw.replace('\0', STAND_IN);
    }

    public static String decode(String stored) {
        return stored.replace(STAND_IN, '\0');
    }
}
