package com.pickupsettlement.report.xlsx;

import org.apache.poi.ss.usermodel.Sheet;

/**
 * Column widths from content, tracked while rows stream by: SXSSF's auto-size sees only the rows
 * still in its window. A width counts the longest text the column shows, plus room for the
 * header's filter button, and is capped so a 32,767-character raw line does not push the next
 * columns off the screen.
 */
final class ColumnWidths {
    static final int MAX_CHARS = 60;
    private static final int FILTER_BUTTON_CHARS = 2;
    private static final int MARGIN_CHARS = 1;

    private final int[] chars;

    ColumnWidths(int columns) {
        this.chars = new int[columns];
    }

    void header(int column, int length) {
        track(column, length + FILTER_BUTTON_CHARS);
    }

    void track(int column, int length) {
        chars[column] = Math.max(chars[column], Math.min(length, MAX_CHARS));
    }

    /** Width in 1/256 of a character, the unit of the format. */
    void applyTo(Sheet sheet) {
        for (int i = 0; i < chars.length; i++) {
            sheet.setColumnWidth(i, (chars[i] + MARGIN_CHARS) * 256);
        }
    }
}
