package com.pickupsettlement.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Beside a tier: a class the README's test command leaves out, to stay within its ten minutes,
 * and that CI runs once, in one zone ({@code -Dexcluded.tags=} runs it; see .ci/run). For the fault
 * tier's classes that do not depend on the time zone and take minutes: the database crashed, the
 * disk filled, two runs at once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("ci-only")
public @interface CiOnly {
}
