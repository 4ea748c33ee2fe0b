package com.pickupsettlement.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pickupsettlement.domain.ExceptionType.Clock;
import com.pickupsettlement.domain.ExceptionType.Severity;
import com.pickupsettlement.e2e.OutputFolders;
import com.pickupsettlement.sampledata.InboxGenerator;
import com.pickupsettlement.support.DbTest;
import com.pickupsettlement.support.Pipeline;
import com.pickupsettlement.system.SqlScript;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The recipe of the reconcile package's header, followed for a type only this test has: LONG_WAIT
 * (src/test/resources/sql/reconcile-test/LONG_WAIT.sql), a WARNING on the HOLDING clock, its
 * type and severity given once, in its definition. Declared with its clock it comes out the same
 * in full and incremental nights, the windows following from the clock; declared without it,
 * incremental nights miss what only time made hold, which is what the clock is for.
 */
@DbTest
class AddingAnExceptionTypeTest {
    private static final LocalDate FIRST = LocalDate.of(2026, 11, 2);
    private static final int NIGHTS = 7;
    private static final String LAST = FIRST.plusDays(NIGHTS - 1).toString();
    // Short, so that parcels wait longer than it within a few generated nights.
    private static final String HOLDING = "settlement.sla.holding=48h";

    @TempDir
    Path tmp;

    static Rule longWait(Clock clock) {
        return new Rule("LONG_WAIT", Severity.WARNING, clock, SqlScript.load("sql/reconcile-test/LONG_WAIT.sql"));
    }

    /** The product's rules and LONG_WAIT after them, as the rules of the pipeline. */
    static class WithLongWait {
        @Bean
        @Primary
        ExceptionRules rulesWithLongWait() {
            return withLongWait(Clock.HOLDING);
        }
    }

    /**
     * The same type with its clock forgotten, and without UNCLAIMED, the product's other type on
     * that clock, whose window would otherwise hide the mistake.
     */
    static class WithLongWaitWithoutClock {
        @Bean
        @Primary
        ExceptionRules rulesWithLongWaitWithoutClock() {
            List<Rule> rules = new ArrayList<>(new ExceptionRules().rules().stream()
                    .filter(r -> r.clock() != Clock.HOLDING).toList());
            rules.add(longWait(Clock.NONE));
            return new ExceptionRules(rules);
        }
    }

    private static ExceptionRules withLongWait(Clock clock) {
        List<Rule> rules = new ArrayList<>(new ExceptionRules().rules());
        rules.add(longWait(clock));
        return new ExceptionRules(rules);
    }

    @Test
    void aTestOnlyTypeOnAClock_RunsInFullAndIncrementalNightsAlike() throws Exception {
        Night full = catchUp(tmp.resolve("full"), WithLongWait.class, "FULL");
        Night incremental = catchUp(tmp.resolve("incremental"), WithLongWait.class, "INCREMENTAL");

        assertTrue(full.longWaits().size() >= 10, "LONG_WAIT opened: " + full.longWaits());
        assertTrue(full.longWaits().stream().allMatch(r -> r.contains("|WARNING|")), "its severity, from its definition");
        assertEquals(full.longWaits(), incremental.longWaits(), "LONG_WAIT history, full vs incremental");
        assertTrue(incremental.caughtByTheWindowOnly() > 0,
                "some LONG_WAIT opened on a night that brought no row of its parcel or order");
        for (int i = 0; i < NIGHTS; i++) {
            String date = FIRST.plusDays(i).toString();
            OutputFolders.assertIdentical(full.out().resolve(date), incremental.out().resolve(date), "of " + date);
        }
        String exceptions = Files.readString(full.out().resolve(LAST).resolve(
                "exceptions_" + LAST.replace("-", "") + ".csv"));
        assertTrue(exceptions.contains("\nLONG_WAIT,WARNING,"), "the type reaches the outputs");
    }

    @Test
    void withItsClockForgotten_IncrementalNightsMissWhatOnlyTimeMadeHold() throws Exception {
        Night full = catchUp(tmp.resolve("full"), WithLongWaitWithoutClock.class, "FULL");
        Night incremental = catchUp(tmp.resolve("incremental"), WithLongWaitWithoutClock.class, "INCREMENTAL");

        assertTrue(full.longWaits().size() >= 10, "LONG_WAIT opened: " + full.longWaits().size());
        assertNotEquals(full.longWaits().size(), incremental.longWaits().size(),
                "without its window, incremental nights diverge from full ones");
    }

    private record Night(Path out, List<String> longWaits, long caughtByTheWindowOnly) {
    }

    private static Night catchUp(Path work, Class<?> rules, String scope) throws IOException {
        InboxGenerator.generate(work.resolve("inbox"), new InboxGenerator.Options(FIRST, NIGHTS, 100, 41, true));
        try (Pipeline p = Pipeline.startWith(work, rules, "settlement.reconcile.scope=" + scope, HOLDING)) {
            assertEquals(0, p.command("catch-up", "--to", LAST), scope + " catch-up");
            List<String> longWaits = p.jdbc().queryForList("""
                    SELECT concat_ws('|', type, severity, order_id, tracking_number, first_seen,
                                     coalesce(closed_on::text, 'null'), detail)
                    FROM exception_case WHERE type = 'LONG_WAIT'
                    ORDER BY order_id, tracking_number, first_seen
                    """, String.class);
            Long windowOnly = p.jdbc().queryForObject("""
                    SELECT count(*) FROM exception_case x
                    WHERE x.type = 'LONG_WAIT'
                      AND NOT EXISTS (SELECT 1 FROM stg_pickups s
                                      WHERE s.business_date = x.first_seen AND s.tracking_number = x.tracking_number)
                      AND NOT EXISTS (SELECT 1 FROM stg_manifest s
                                      WHERE s.business_date = x.first_seen AND s.tracking_number = x.tracking_number)
                      AND NOT EXISTS (SELECT 1 FROM stg_orders s
                                      WHERE s.business_date = x.first_seen AND s.order_id = x.order_id)
                    """, Long.class);
            return new Night(p.out(), new ArrayList<>(longWaits), windowOnly);
        }
    }
}
