package com.pickupsettlement.sampledata;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * Europe/Moscow from the tz database (rulebook 1), made cheap enough to ask millions of times:
 * the offset is cached for the whole span between two transitions, and day starts are cached.
 * Not thread-safe; one instance per generation run.
 */
final class Moscow {
    static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
    static final int DAY = 86_400;

    private final ZoneRules rules = ZONE.getRules();
    private long validFrom = 1;
    private long validTo = 0;
    private int offset;
    private final long[] startKeys = new long[256];
    private final long[] startValues = new long[256];

    Moscow() {
        java.util.Arrays.fill(startKeys, Long.MIN_VALUE);
    }

    int offsetAt(long epochSecond) {
        if (epochSecond < validFrom || epochSecond >= validTo) {
            Instant at = Instant.ofEpochSecond(epochSecond);
            offset = rules.getOffset(at).getTotalSeconds();
            ZoneOffsetTransition previous = rules.previousTransition(Instant.ofEpochSecond(epochSecond + 1));
            ZoneOffsetTransition next = rules.nextTransition(at);
            validFrom = previous == null ? Long.MIN_VALUE : previous.toEpochSecond();
            validTo = next == null ? Long.MAX_VALUE : next.toEpochSecond();
        }
        return offset;
    }

    /** The Moscow business date (epoch day) of an instant. */
    int dayOf(long epochSecond) {
        return (int) Math.floorDiv(epochSecond + offsetAt(epochSecond), DAY);
    }

    /** The instant Moscow date {@code epochDay} starts; the next day's start is its cut-off. */
    long startOfDay(long epochDay) {
        int slot = (int) (epochDay & 255);
        if (startKeys[slot] != epochDay) {
            startValues[slot] = LocalDate.ofEpochDay(epochDay).atStartOfDay(ZONE).toEpochSecond();
            startKeys[slot] = epochDay;
        }
        return startValues[slot];
    }
}
