package com.pickupsettlement.ingest.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a feed into RFC 4180 records in one pass, keeping what OpenCSV's reader cannot give us:
 * the physical line each record starts on and its exact decoded text (rulebook 8, rejects).
 *
 * <p>LF and CRLF end a record outside quotes; a lone CR is data. Empty lines are skipped but
 * counted. Quotes are only special at the start of a cell (as in Python's csv module), a doubled
 * quote inside a quoted cell is one quote, and text after a closing quote is appended to the cell.
 * Decoding is strict: the first byte that is not valid in the charset raises
 * {@link UndecodableInputException} with the line it is on. A record longer than
 * {@code maxRecordChars} raises {@link RecordTooLongException}, so an unclosed quote cannot
 * swallow the rest of a file.
 */
public final class CsvRecordReader implements Closeable {
    private static final int BYTES = 1 << 16;

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final boolean utf8;
    private final char delimiter;
    private final int maxRecordChars;
    private final ByteBuffer bytes = ByteBuffer.allocate(BYTES);
    private final CharBuffer chars = CharBuffer.allocate(BYTES);
    private boolean eof;
    private boolean decodeError;
    private boolean first = true;
    private long line = 1;
    private long bytesRead;

    public CsvRecordReader(InputStream in, Charset charset, char delimiter, int maxRecordChars) {
        this.in = in;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.utf8 = charset.equals(StandardCharsets.UTF_8);
        this.delimiter = delimiter;
        this.maxRecordChars = maxRecordChars;
        bytes.flip();
        chars.flip();
    }

    /** The next non-empty record, or null at the end of the input. */
    public CsvRecord next() throws IOException {
        while (true) {
            CsvRecord record = readRecord();
            if (record == null || !record.raw().isEmpty()) {
                return record;
            }
        }
    }

    private CsvRecord readRecord() throws IOException {
        if (!ensureChars()) {
            return null;
        }
        long startLine = line;
        StringBuilder raw = new StringBuilder(128);
        int state = START;
        boolean quoted = false;
        boolean ended = false;
        // Pass 1: find where the record ends, scanning the decoded buffer in place.
        while (!ended && ensureChars()) {
            char[] buf = chars.array();
            int pos = chars.position();
            int limit = chars.limit();
            int from = pos;
            int to = limit;
            while (pos < limit) {
                char c = buf[pos++];
                if (c == '\n') {
                    line++;
                    if (state != QUOTED) {
                        ended = true;
                        to = pos - 1;
                        break;
                    }
                } else {
                    if (c == '"') {
                        quoted = true;
                    }
                    state = next(state, c);
                }
            }
            raw.append(buf, from, (ended ? to : pos) - from);
            chars.position(pos);
            // Line breaks inside quotes count too: that is how an unclosed quote would run on.
            if (raw.length() > maxRecordChars) {
                throw new RecordTooLongException(startLine, maxRecordChars);
            }
        }
        if (!ended && raw.isEmpty()) {
            return null;
        }
        if (ended && !raw.isEmpty() && raw.charAt(raw.length() - 1) == '\r') {
            raw.setLength(raw.length() - 1); // CRLF ends a record like LF
        }
        String text = raw.toString();
        return quoted ? splitQuoted(startLine, text) : splitPlain(startLine, text);
    }

    private static final int START = 0;
    private static final int UNQUOTED = 1;
    private static final int QUOTED = 2;
    private static final int QUOTE_IN_QUOTED = 3;

    private int next(int state, char c) {
        switch (state) {
            case START:
                return c == '"' ? QUOTED : c == delimiter ? START : UNQUOTED;
            case UNQUOTED:
                return c == delimiter ? START : UNQUOTED;
            case QUOTED:
                return c == '"' ? QUOTE_IN_QUOTED : QUOTED;
            default: // QUOTE_IN_QUOTED
                return c == '"' ? QUOTED : c == delimiter ? START : UNQUOTED;
        }
    }

    /** Pass 2, the common case: no quote anywhere, so cells are the text between delimiters. */
    private CsvRecord splitPlain(long startLine, String text) {
        List<String> cells = new ArrayList<>(12);
        int from = 0;
        for (int at = text.indexOf(delimiter); at >= 0; at = text.indexOf(delimiter, from)) {
            cells.add(text.substring(from, at));
            from = at + 1;
        }
        cells.add(text.substring(from));
        return new CsvRecord(startLine, text, cells, false, -1);
    }

    /**
     * Pass 2 with quotes: quotes are only special at the start of a cell (as in Python's csv
     * module), a doubled quote inside a quoted cell is one quote, and text after a closing quote
     * is appended to the cell.
     */
    private CsvRecord splitQuoted(long startLine, String text) {
        List<String> cells = new ArrayList<>(12);
        StringBuilder cell = new StringBuilder(32);
        int state = START;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int after = next(state, c);
            if ((state == START || state == UNQUOTED || state == QUOTE_IN_QUOTED) && after == START) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (!(state == START && after == QUOTED) && !(state == QUOTED && after == QUOTE_IN_QUOTED)) {
                cell.append(c);
            }
            state = after;
        }
        cells.add(cell.toString());
        boolean unterminated = state == QUOTED;
        return new CsvRecord(startLine, text, cells, unterminated, unterminated ? cells.size() - 1 : -1);
    }

    /** Decodes more input when needed; false at the end of input. */
    private boolean ensureChars() throws IOException {
        while (!chars.hasRemaining()) {
            if (decodeError) {
                throw new UndecodableInputException(line);
            }
            if (eof && !bytes.hasRemaining()) {
                return false;
            }
            fill();
        }
        return true;
    }

    private void fill() throws IOException {
        if (!eof) {
            bytes.compact();
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                eof = true;
            } else {
                bytes.position(bytes.position() + n);
                bytesRead += n;
            }
            bytes.flip();
        }
        chars.clear();
        CoderResult result = decoder.decode(bytes, chars, eof);
        if (!result.isError() && eof && !bytes.hasRemaining()) {
            result = decoder.flush(chars);
        }
        chars.flip();
        if (result.isError()) {
            // Deliver what decoded cleanly first, so the error is reported on its own line.
            decodeError = true;
        } else if (eof && bytes.hasRemaining() && !chars.hasRemaining()) {
            decodeError = true;
        }
        if (first && chars.hasRemaining()) {
            first = false;
            if (utf8 && chars.get(chars.position()) == '\uFEFF') {
                chars.get();
            }
        }
    }

    /** Bytes taken from the input so far (read ahead by up to 64 KiB): for progress reports. */
    public long bytesRead() {
        return bytesRead;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
