package com.pickupsettlement.system;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Named places in a night where the fault suite strikes. With the environment variable
 * {@code SETTLEMENT_FAULT_POINT} set to a point's name, the run announces on stdout that it
 * reached the point and waits there, holding whatever transaction it has open: until it is killed
 * (SIGKILL), or, if {@code SETTLEMENT_FAULT_RESUME} names a file, until that file appears, which
 * lets the suite do something to the world (kill the database) and then watch the run carry on
 * into it. A timer cannot aim at a window of a few milliseconds, such as "the merge has committed
 * but its step is not yet marked done"; a named point hits it every time.
 *
 * <p>Unset (always, outside the suite), {@link #reach} is a comparison against null.
 */
public final class FaultPoint {
    /** The line the suite waits for. */
    public static final String ANNOUNCEMENT = "FAULT POINT REACHED: ";
    private static final String ARMED = System.getenv("SETTLEMENT_FAULT_POINT");
    private static final String RESUME = System.getenv("SETTLEMENT_FAULT_RESUME");

    private FaultPoint() {
    }

    public static void reach(String name) {
        if (ARMED == null || !ARMED.equals(name)) {
            return;
        }
        System.out.println(ANNOUNCEMENT + name);
        System.out.flush();
        Path resume = RESUME == null ? null : Path.of(RESUME);
        try {
            while (resume == null || !Files.exists(resume)) {
                Thread.sleep(50);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted at fault point " + name, e);
        }
    }
}
