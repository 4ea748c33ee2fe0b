package com.pickupsettlement.report.xlsx;

/**
 * The text a cell can hold for a value, as close to the value as the format allows. Rejected raw
 * lines come from hostile feeds (NUL bytes, up to 65,536 characters), and neither may break the
 * workbook or silently lose what was there:
 * <ul>
 * <li>C0 control characters other than tab, LF and CR cannot be written in XML 1.0 (POI would
 * write '?'): each becomes its Unicode control picture, NUL as U+2400 '␀', one visible
 * character in its place.</li>
 * <li>U+FFFE, U+FFFF and unpaired surrogates cannot be written either: U+FFFD '�'.</li>
 * <li>"_xHHHH_" is the format's own escape, so Excel (and LibreOffice, for some) would read a
 * literal "_x000D_" as a carriage return: the underscore that starts one is written as "_x005F_",
 * which both read back as "_".</li>
 * <li>A cell holds at most 32,767 characters: longer text keeps its start and ends with
 * " … [cut, N characters in all]", N counting the original's code points.</li>
 * </ul>
 */
final class CellText {
    static final int MAX_LENGTH = 32_767;
    private static final String UNDERSCORE_ESCAPE = "_x005F";

    private CellText() {
    }

    static String of(String value) {
        StringBuilder whole = new StringBuilder(Math.min(value.length() + 16, MAX_LENGTH));
        if (render(value, whole, MAX_LENGTH)) {
            return whole.toString();
        }
        String marker = " … [cut, " + value.codePointCount(0, value.length()) + " characters in all]";
        StringBuilder head = new StringBuilder(MAX_LENGTH);
        render(value, head, MAX_LENGTH - marker.length());
        return head.append(marker).toString();
    }

    /** Appends the cell form of value while it fits in budget; true when all of it did. */
    private static boolean render(String value, StringBuilder out, int budget) {
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            int before = out.length();
            if (cp == '_' && startsEscape(value, i)) {
                out.append(UNDERSCORE_ESCAPE);
            }
            appendVisible(cp, out);
            if (out.length() > budget) {
                out.setLength(before);
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    private static void appendVisible(int cp, StringBuilder out) {
        if (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') {
            out.append((char) (0x2400 + cp));
        } else if (cp == 0xFFFE || cp == 0xFFFF || cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
            out.append('\uFFFD');
        } else {
            out.appendCodePoint(cp);
        }
    }

    /** Whether "_xHHHH_" starts at i (hex digits of either case, as readers accept). */
    private static boolean startsEscape(String s, int i) {
        if (i + 7 > s.length() || s.charAt(i + 1) != 'x' || s.charAt(i + 6) != '_') {
            return false;
        }
        for (int k = i + 2; k < i + 6; k++) {
            if (!isHexDigit(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHexDigit(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }
}
