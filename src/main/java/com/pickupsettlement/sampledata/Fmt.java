package com.pickupsettlement.sampledata;

/**
 * Hand-rolled formatting into a StringBuilder: no Formatter, no Locale, no default time zone, and
 * no garbage per row, because the generator formats tens of millions of cells.
 */
final class Fmt {
    private Fmt() {
    }

    static void pad(StringBuilder sb, long value, int width) {
        int digits = 1;
        for (long v = value; v >= 10; v /= 10) {
            digits++;
        }
        for (int i = digits; i < width; i++) {
            sb.append('0');
        }
        sb.append(value);
    }

    /** {@code units} with {@code scale} implied decimals, e.g. (123456, 2, ',') is 1234,56. */
    static void decimal(StringBuilder sb, long units, int scale, char separator) {
        if (units < 0) {
            sb.append('-');
            units = -units;
        }
        long factor = 1;
        for (int i = 0; i < scale; i++) {
            factor *= 10;
        }
        sb.append(units / factor);
        if (scale > 0) {
            sb.append(separator);
            pad(sb, units % factor, scale);
        }
    }

    /** Grams as kilograms with a decimal comma and no trailing zeros, as the carrier writes them (1,57; 2,3; 1,0). */
    static void kilograms(StringBuilder sb, int grams) {
        sb.append(grams / 1000).append(',');
        int rest = grams % 1000;
        if (rest == 0) {
            sb.append('0');
            return;
        }
        int width = 3;
        while (rest % 10 == 0) {
            rest /= 10;
            width--;
        }
        pad(sb, rest, width);
    }

    /** Civil date of an epoch day (Hinnant's algorithm), packed as yyyy*10000 + MM*100 + dd. */
    static int civil(long epochDay) {
        long z = epochDay + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long d = doy - (153 * mp + 2) / 5 + 1;
        long m = mp < 10 ? mp + 3 : mp - 9;
        long y = yoe + era * 400 + (m <= 2 ? 1 : 0);
        return (int) (y * 10_000 + m * 100 + d);
    }

    static void yyyymmdd(StringBuilder sb, long epochDay) {
        sb.append(civil(epochDay));
    }

    /** ISO-8601 with offset: 2026-11-18T14:03:22+08:00. */
    static void isoOffset(StringBuilder sb, long epochSecond, int offsetSeconds) {
        long local = epochSecond + offsetSeconds;
        isoDate(sb, Math.floorDiv(local, Moscow.DAY), '-');
        sb.append('T');
        clock(sb, Math.floorMod(local, Moscow.DAY), true);
        sb.append(offsetSeconds < 0 ? '-' : '+');
        int abs = Math.abs(offsetSeconds);
        pad(sb, abs / 3600, 2);
        sb.append(':');
        pad(sb, abs / 60 % 60, 2);
    }

    /** Pickups: yyyy-MM-dd HH:mm:ss local. */
    static void localSeconds(StringBuilder sb, long epochSecond, int offsetSeconds) {
        long local = epochSecond + offsetSeconds;
        isoDate(sb, Math.floorDiv(local, Moscow.DAY), '-');
        sb.append(' ');
        clock(sb, Math.floorMod(local, Moscow.DAY), true);
    }

    /** Manifest: dd.MM.yyyy HH:mm local. */
    static void russianMinutes(StringBuilder sb, long epochSecond, int offsetSeconds) {
        long local = epochSecond + offsetSeconds;
        int ymd = civil(Math.floorDiv(local, Moscow.DAY));
        pad(sb, ymd % 100, 2);
        sb.append('.');
        pad(sb, ymd / 100 % 100, 2);
        sb.append('.');
        pad(sb, ymd / 10_000, 4);
        sb.append(' ');
        clock(sb, Math.floorMod(local, Moscow.DAY), false);
    }

    static void isoDate(StringBuilder sb, long epochDay, char separator) {
        int ymd = civil(epochDay);
        pad(sb, ymd / 10_000, 4);
        sb.append(separator);
        pad(sb, ymd / 100 % 100, 2);
        sb.append(separator);
        pad(sb, ymd % 100, 2);
    }

    private static void clock(StringBuilder sb, long secondOfDay, boolean seconds) {
        pad(sb, secondOfDay / 3600, 2);
        sb.append(':');
        pad(sb, secondOfDay / 60 % 60, 2);
        if (seconds) {
            sb.append(':');
            pad(sb, secondOfDay % 60, 2);
        }
    }
}
