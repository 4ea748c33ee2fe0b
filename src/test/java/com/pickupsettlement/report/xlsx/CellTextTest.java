package com.pickupsettlement.report.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pickupsettlement.support.UnitTest;
import org.junit.jupiter.api.Test;

/** What a text cell holds: the value itself, except what XML or the format cannot hold. */
@UnitTest
class CellTextTest {
    @Test
    void ordinaryTextIsTheValueItself() {
        String text = "8120748004853377 =1+1 'quoted' Упаковка целая 包裹 \uD83D\uDCE6 \u0085\u007F";
        assertEquals(text, CellText.of(text));
    }

    @Test
    void tabLineFeedAndCarriageReturnAreKept() {
        assertEquals("a\tb\nc\rd", CellText.of("a\tb\nc\rd"));
    }

    @Test
    void otherControlCharactersBecomeTheirVisibleControlPictures() {
        assertEquals("\u2400\u2401\u241B\u241F", CellText.of("\u0000\u0001\u001B\u001F"));
        assertEquals("id;\u2400;x", CellText.of("id;\u0000;x"));
    }

    @Test
    void noncharactersAndUnpairedSurrogatesBecomeTheReplacementCharacter() {
        assertEquals("a\uFFFDb\uFFFDc\uFFFDd\uFFFD", CellText.of("a\uFFFEb\uFFFFc\uD800d\uDC00"));
    }

    @Test
    void anUnderscoreStartingTheFormatsEscapeIsItselfEscaped() {
        assertEquals("_x005F_x000D_ and _x005F_x00aF_", CellText.of("_x000D_ and _x00aF_"));
        // Two escapes sharing an underscore: each is escaped, and a reader gets the original back.
        assertEquals("_x005F_x005F_x005F_x0041_", CellText.of("_x005F_x0041_"));
    }

    @Test
    void underscoresOutsideAnEscapeAreKept() {
        assertEquals("_x000_ _x00G0_ x0041_ _X0041_ _x0041", CellText.of("_x000_ _x00G0_ x0041_ _X0041_ _x0041"));
    }

    @Test
    void textAtTheLimitIsNotCut() {
        String text = "x".repeat(CellText.MAX_LENGTH);
        assertEquals(text, CellText.of(text));
    }

    @Test
    void longerTextKeepsItsStartAndSaysHowLongItWas() {
        String raw = "\u0000" + "y".repeat(65_535);
        String cell = CellText.of(raw);
        String marker = " … [cut, 65536 characters in all]";
        assertEquals(CellText.MAX_LENGTH, cell.length());
        assertEquals("\u2400" + "y".repeat(CellText.MAX_LENGTH - marker.length() - 1) + marker, cell);
    }

    @Test
    void theCutCountsCodePointsAndNeverSplitsAPair() {
        String marker = " … [cut, 20000 characters in all]";
        String cell = CellText.of("\uD83D\uDCE6".repeat(20_000));
        assertTrue(cell.endsWith(marker));
        String head = cell.substring(0, cell.length() - marker.length());
        assertEquals("\uD83D\uDCE6".repeat((CellText.MAX_LENGTH - marker.length()) / 2), head);
    }

    @Test
    void theCutNeverSplitsAnEscape() {
        String cell = CellText.of("_x0041_".repeat(10_000));
        String head = cell.substring(0, cell.indexOf(" … [cut, 70000 characters in all]"));
        assertTrue(head.matches("(_x005F_x0041_)+"), head.substring(head.length() - 20));
        assertTrue(cell.length() <= CellText.MAX_LENGTH);
    }
}
