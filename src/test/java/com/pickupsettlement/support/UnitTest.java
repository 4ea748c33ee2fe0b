package com.pickupsettlement.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Test tier "unit": pure JUnit: no database, no jar, no external program started by the test's own setup; seconds.
 * Select tiers with {@code -Dtiers=unit,db,...} or a {@code -Ptier-...} profile (pom.xml); every
 * test class carries exactly one tier ({@code TiersTest}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("unit")
public @interface UnitTest {
}
