package com.pickupsettlement.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Test tier "fault": the fault suite: the packaged jar killed, its database crashed, its disk filled, run twice at once,
 * fed hostile files. Kill points: -Dfault.killPoints=N|all, -Dfault.seed=S, -Dfault.shard=K/N.
 * Select tiers with {@code -Dtiers=unit,db,...} or a {@code -Ptier-...} profile (pom.xml); every
 * test class carries exactly one tier ({@code TiersTest}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("fault")
public @interface FaultTest {
}
