package com.pickupsettlement.ingest;

import com.pickupsettlement.config.SettlementProperties.FeedFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Rulebook 9: finance saves the resolutions file from a spreadsheet, so it is UTF-8 (a BOM
 * tolerated) or, when it is not valid UTF-8, Windows-1251, and its delimiter is "," or ";",
 * whichever its header uses. Detected from the file itself; a header with neither refuses it.
 */
final class ResolutionsFormat {
    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private static final int MAX_HEADER_BYTES = 4096;

    private ResolutionsFormat() {
    }

    /** The file's encoding and delimiter; refuses the file when its first line is neither header. */
    static FeedFormat detect(Path file) throws IOException {
        Charset charset = isUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1251;
        String header = firstLine(file, charset);
        for (char delimiter : new char[] {',', ';'}) {
            if (header.equals(String.join(String.valueOf(delimiter), ResolutionRowParser.COLUMNS))) {
                return new FeedFormat(charset, delimiter);
            }
        }
        throw new FeedRefusedException(file.getFileName().toString(), 1, "the header differs from the rulebook's: "
                + "expected \"" + String.join(",", ResolutionRowParser.COLUMNS) + "\", with \",\" or \";\"");
    }

    /** Strictly valid UTF-8 from the first byte to the last (the file is small: people write it). */
    private static boolean isUtf8(Path file) throws IOException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            utf8.decode(ByteBuffer.wrap(Files.readAllBytes(file)));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The first line, decoded, without a BOM and line end; what cannot be decoded shows as U+FFFD. */
    private static String firstLine(Path file, Charset charset) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try (InputStream in = Files.newInputStream(file)) {
            for (int b = in.read(); b >= 0 && b != '\n' && line.size() < MAX_HEADER_BYTES; b = in.read()) {
                line.write(b);
            }
        }
        CharBuffer chars = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(line.toByteArray()));
        String text = chars.toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }
}
