package com.pickupsettlement.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Test tier "conformance": the public conformance days run through the packaged jar (ConformanceIT).
 * Select tiers with {@code -Dtiers=unit,db,...} or a {@code -Ptier-...} profile (pom.xml); every
 * test class carries exactly one tier ({@code TiersTest}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("conformance")
public @interface ConformanceTest {
}
