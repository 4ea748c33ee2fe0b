package com.pickupsettlement.system;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows in PostgreSQL's binary COPY format, built in one growing byte array. Binary spares the
 * server the parsing of timestamps and numerics, which is most of what a text COPY of the staging
 * rows costs it (bench/RESULTS.md, fifth session). Values are Java objects of the column's type:
 * String (text, char), Instant or OffsetDateTime (timestamptz), BigDecimal (numeric), Integer
 * (int), Long (bigint), Boolean, LocalDate (date), byte[16] (uuid); null is SQL NULL.
 */
public final class CopyBinary {
    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    /** PostgreSQL's epoch for dates and timestamps: 2000-01-01 (UTC). */
    private static final long PG_EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();
    private static final long PG_EPOCH_SECOND = PG_EPOCH_DAY * 86_400L;
    private static final short NUMERIC_POS = 0x0000;
    private static final short NUMERIC_NEG = 0x4000;
    private static final BigInteger TEN_THOUSAND = BigInteger.valueOf(10_000);
    private static final BigInteger[] POWERS_OF_TEN = {BigInteger.ONE, BigInteger.TEN, BigInteger.valueOf(100),
            BigInteger.valueOf(1_000)};

    private byte[] buf;
    private int len;

    public CopyBinary(int capacity) {
        buf = new byte[Math.max(capacity, 64)];
        put(SIGNATURE, 0, SIGNATURE.length);
        int4(0); // flags: no OIDs
        int4(0); // no header extension
    }

    public void startRow(int fields) {
        int2(fields);
    }

    public void value(Object v) {
        if (v == null) {
            int4(-1);
        } else if (v instanceof String s) {
            text(s);
        } else if (v instanceof Instant t) {
            timestamp(t.getEpochSecond(), t.getNano());
        } else if (v instanceof OffsetDateTime t) {
            timestamp(t.toEpochSecond(), t.getNano());
        } else if (v instanceof BigDecimal n) {
            numeric(n);
        } else if (v instanceof Integer i) {
            int4(4);
            int4(i);
        } else if (v instanceof Long l) {
            int4(8);
            int8(l);
        } else if (v instanceof Boolean b) {
            int4(1);
            ensure(1);
            buf[len++] = (byte) (b ? 1 : 0);
        } else if (v instanceof LocalDate d) {
            int4(4);
            int4(Math.toIntExact(d.toEpochDay() - PG_EPOCH_DAY));
        } else if (v instanceof byte[] uuid && uuid.length == 16) {
            int4(16);
            put(uuid, 0, 16);
        } else {
            throw new IllegalArgumentException("no binary COPY encoding for " + v.getClass());
        }
    }

    private void text(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        int4(b.length);
        put(b, 0, b.length);
    }

    private void timestamp(long epochSecond, int nano) {
        int4(8);
        int8(Math.addExact(Math.multiplyExact(epochSecond - PG_EPOCH_SECOND, 1_000_000L), micros(nano)));
    }

    /**
     * Microseconds of a fraction of a second, rounded as the server rounds a text fraction finer
     * than that (rint(strtod(fraction) * 1e6), datetime.c), so 7 to 9 digits store as before.
     */
    private static long micros(int nano) {
        if (nano % 1_000 == 0) {
            return nano / 1_000;
        }
        return (long) Math.rint(nano / 1_000_000_000.0 * 1_000_000.0);
    }

    /**
     * numeric: base-10,000 digits around the decimal point, with the display scale the text form
     * would have given (10.50 stays 10.50: the outputs print what was read).
     */
    private void numeric(BigDecimal n) {
        if (n.scale() < 0) {
            n = n.setScale(0);
        }
        int scale = n.scale();
        int fracGroups = (scale + 3) / 4;
        // The unscaled value, shifted so that the point falls between two base-10,000 digits.
        BigInteger shifted = n.unscaledValue().abs().multiply(POWERS_OF_TEN[fracGroups * 4 - scale]);
        short[] groups = new short[shifted.bitLength() / 13 + 1]; // least significant first; 10,000 > 2^13
        int count = 0;
        // BigInteger division only for what a long cannot hold: the feeds' amounts never need it.
        while (shifted.bitLength() > 63) {
            BigInteger[] qr = shifted.divideAndRemainder(TEN_THOUSAND);
            groups[count++] = qr[1].shortValue();
            shifted = qr[0];
        }
        for (long v = shifted.longValue(); v != 0; v /= 10_000) {
            groups[count++] = (short) (v % 10_000);
        }
        int low = 0;
        while (low < count && groups[low] == 0) {
            low++;
        }
        int ndigits = count - low;
        int4(8 + 2 * ndigits);
        int2(ndigits);
        int2(ndigits == 0 ? 0 : count - 1 - fracGroups); // weight: the power of 10,000 of the first digit
        int2(n.signum() < 0 ? NUMERIC_NEG : NUMERIC_POS);
        int2(scale);
        for (int g = count - 1; g >= low; g--) {
            int2(groups[g]);
        }
    }

    public void end() {
        int2(-1);
    }

    private void int2(int v) {
        ensure(2);
        buf[len++] = (byte) (v >>> 8);
        buf[len++] = (byte) v;
    }

    private void int4(int v) {
        ensure(4);
        buf[len++] = (byte) (v >>> 24);
        buf[len++] = (byte) (v >>> 16);
        buf[len++] = (byte) (v >>> 8);
        buf[len++] = (byte) v;
    }

    private void int8(long v) {
        int4((int) (v >>> 32));
        int4((int) v);
    }

    private void put(byte[] b, int off, int n) {
        ensure(n);
        System.arraycopy(b, off, buf, len, n);
        len += n;
    }

    private void ensure(int n) {
        if (len + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
        }
    }

    /**
     * Sends the rows with one COPY ... (FORMAT binary) on the given connection (the caller's
     * transaction), cancelling the COPY if anything fails so the connection stays usable.
     */
    public void copyIn(Connection connection, String copySql) throws SQLException {
        end();
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql);
        try {
            copy.writeToCopy(buf, 0, len);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }
}
