package com.pickupsettlement.reconcile;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pickupsettlement.domain.ExceptionType;
import com.pickupsettlement.domain.ExceptionType.Clock;
import com.pickupsettlement.domain.ExceptionType.Severity;
import com.pickupsettlement.support.UnitTest;
import com.pickupsettlement.system.SqlScript;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A type with an SLA clock cannot exist without its window in the incremental scope (rulebook 4). */
@UnitTest
class ClockWindowsTest {
    private static final SqlScript SCOPE = SqlScript.load("sql/reconcile/00_scope_incremental.sql");

    private static Rule onClock(Clock clock) {
        return new Rule("TEST_" + clock, Severity.WARNING, clock, SqlScript.load("sql/reconcile-test/LONG_WAIT.sql"));
    }

    @Test
    void aRuleOnAClock_BringsThatClocksWindowAndNoOther() {
        String scope = ClockWindows.into(SCOPE, List.of(onClock(Clock.HOLDING))).text();
        assertTrue(scope.contains(ClockWindows.window(Clock.HOLDING)), scope);
        assertFalse(scope.contains(ClockWindows.window(Clock.TRANSIT)), scope);
        assertFalse(scope.contains(ClockWindows.window(Clock.DAYS_TO_SHIP)), scope);
        assertFalse(scope.contains("@clockWindows"), scope);
    }

    @Test
    void rulesWithoutClocks_GetNoWindow() {
        String scope = ClockWindows.into(SCOPE, List.of(onClock(Clock.NONE))).text();
        for (Clock clock : List.of(Clock.TRANSIT, Clock.HOLDING, Clock.DAYS_TO_SHIP)) {
            assertFalse(scope.contains(ClockWindows.window(clock)), clock + " in " + scope);
        }
    }

    @Test
    void theProductsScope_HoldsTheWindowOfEveryClockItsTypesRunOn() {
        String scope = ClockWindows.into(SCOPE, new ExceptionRules().rules()).text();
        Arrays.stream(ExceptionType.values()).filter(t -> t.clock() != Clock.NONE).forEach(t ->
                assertTrue(scope.contains(ClockWindows.window(t.clock())), t + ": no " + t.clock() + " window"));
    }

    @Test
    void aScopeScriptWithoutTheMarkOfAClocksScope_IsRefused() {
        SqlScript noMarks = SqlScript.load("sql/reconcile/00_parcel_status_full.sql");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ClockWindows.into(noMarks, List.of(onClock(Clock.TRANSIT))));
        assertTrue(e.getMessage().contains("TRANSIT"), e.getMessage());
    }
}
