package com.pickupsettlement.sampledata;

import java.io.IOException;
import java.io.Writer;

/**
 * One record being built: reusable cell buffers, RFC 4180 quoting on output (a cell is quoted only
 * when it holds the separator, a quote, CR or LF), '\n' (or CRLF) at the end. Reused for every row so that
 * writing millions of rows allocates nothing per row.
 */
final class CsvLine {
    private final char separator;
    private final String lineEnd;
    private final StringBuilder[] cells = new StringBuilder[16];
    private int count;
    private final StringBuilder line = new StringBuilder(512);
    private char[] chars = new char[512];
    private int length;

    CsvLine(char separator) {
        this(separator, "\n");
    }

    CsvLine(char separator, String lineEnd) {
        this.separator = separator;
        this.lineEnd = lineEnd;
        for (int i = 0; i < cells.length; i++) {
            cells[i] = new StringBuilder(64);
        }
    }

    void reset() {
        count = 0;
    }

    /** The next cell, empty, to append to. */
    StringBuilder add() {
        StringBuilder cell = cells[count++];
        cell.setLength(0);
        return cell;
    }

    void add(CharSequence text) {
        add().append(text);
    }

    StringBuilder cell(int i) {
        return cells[i];
    }

    void replace(int i, CharSequence text) {
        cells[i].setLength(0);
        cells[i].append(text);
    }

    void write(Writer out) throws IOException {
        line.setLength(0);
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                line.append(separator);
            }
            appendCell(cells[i]);
        }
        line.append(lineEnd);
        length = line.length();
        if (chars.length < length) {
            chars = new char[length * 2];
        }
        line.getChars(0, length, chars, 0);
        out.write(chars, 0, length);
    }

    /** Writes the last record again, byte for byte: a re-sent row. */
    void repeat(Writer out) throws IOException {
        out.write(chars, 0, length);
    }

    private void appendCell(StringBuilder cell) {
        boolean quote = false;
        for (int i = 0; i < cell.length() && !quote; i++) {
            char c = cell.charAt(i);
            quote = c == separator || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            line.append(cell);
            return;
        }
        line.append('"');
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '"') {
                line.append('"');
            }
            line.append(c);
        }
        line.append('"');
    }
}
