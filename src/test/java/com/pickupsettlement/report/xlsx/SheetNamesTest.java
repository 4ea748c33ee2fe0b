package com.pickupsettlement.report.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.pickupsettlement.support.UnitTest;
import org.junit.jupiter.api.Test;

/** Rulebook 11: names cut to 31 characters, repeats (ignoring case) numbered " (2)", " (3)", ... */
@UnitTest
class SheetNamesTest {
    private final SheetNames names = new SheetNames();

    private String next(String requested) {
        return names.next(SheetNames.base(requested));
    }

    @Test
    void aNameThatFitsIsKept() {
        assertEquals("Summary", next("Summary"));
        assertEquals("A".repeat(31), next("A".repeat(31)));
    }

    @Test
    void aLongNameIsCutTo31Characters() {
        assertEquals("ABCDEFGHIJKLMNOPQRSTUVWXYZ01234", next("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"));
    }

    @Test
    void aNameEqualToAnEarlierOneIgnoringCaseIsNumberedWithItsBaseCutToFit() {
        assertEquals("ABCDEFGHIJKLMNOPQRSTUVWXYZ01234", next("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"));
        assertEquals("abcdefghijklmnopqrstuvwxyz0 (2)", next("abcdefghijklmnopqrstuvwxyz0123456789xyz"));
        assertEquals("ABCDEFGHIJKLMNOPQRSTUVWXYZ0 (3)", next("ABCDEFGHIJKLMNOPQRSTUVWXYZ01234"));
    }

    @Test
    void numberingSkipsNamesAlreadyTaken() {
        assertEquals("Exceptions (2)", next("Exceptions (2)"));
        assertEquals("Exceptions", next("Exceptions"));
        assertEquals("EXCEPTIONS (3)", next("EXCEPTIONS"));
    }

    @Test
    void theTenthRepeatCutsOneMoreCharacter() {
        String base = "P".repeat(31);
        for (int n = 1; n <= 9; n++) {
            next(base);
        }
        String tenth = next(base);
        assertEquals("P".repeat(26) + " (10)", tenth);
        assertEquals(31, tenth.length());
    }

    @Test
    void aCutNeverSplitsASurrogatePair() {
        String name = "A".repeat(30) + "\uD83D\uDCE6" + "tail";
        assertEquals("A".repeat(30), next(name));
    }
}
