package com.pickupsettlement.report.xlsx;

import java.util.Set;
import java.util.TreeSet;

/**
 * Rulebook 11's sheet names: cut to the format's 31 characters; a name that then equals an earlier
 * one, ignoring case as Excel does, gets " (2)", " (3)", ... with its base cut so the whole still
 * fits. A sheet that continues past the row limit asks again for its own name, and so becomes
 * "Exceptions (2)".
 */
final class SheetNames {
    static final int MAX_LENGTH = 31;

    private final Set<String> taken = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

    /** The cut name the sheet asked for, before any " (n)": what a continuation asks for again. */
    static String base(String requested) {
        return cut(requested, MAX_LENGTH);
    }

    String next(String base) {
        String name = base;
        for (int n = 2; !taken.add(name); n++) {
            String suffix = " (" + n + ")";
            name = cut(base, MAX_LENGTH - suffix.length()) + suffix;
        }
        return name;
    }

    /** Cuts to at most max UTF-16 units, never between the two halves of a surrogate pair. */
    private static String cut(String name, int max) {
        if (name.length() <= max) {
            return name;
        }
        int end = Character.isLowSurrogate(name.charAt(max)) ? max - 1 : max;
        return name.substring(0, end);
    }
}
