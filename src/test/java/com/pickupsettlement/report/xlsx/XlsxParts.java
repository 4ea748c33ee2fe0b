package com.pickupsettlement.report.xlsx;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

/** The parts of an xlsx file as written, for what LibreOffice does not report (frozen panes, zip headers). */
final class XlsxParts {
    private static final int END_OF_DIRECTORY = 0x06054b50;
    private static final int DIRECTORY_ENTRY = 0x02014b50;

    private XlsxParts() {
    }

    static String part(Path xlsx, String name) throws IOException {
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Each central directory entry's DOS time and date, as the 4 bytes stored. */
    static List<Integer> entryTimes(Path xlsx) throws IOException {
        ByteBuffer zip = ByteBuffer.wrap(Files.readAllBytes(xlsx)).order(ByteOrder.LITTLE_ENDIAN);
        int end = zip.limit() - 22;
        while (zip.getInt(end) != END_OF_DIRECTORY) {
            end--;
        }
        int entries = Short.toUnsignedInt(zip.getShort(end + 10));
        int at = zip.getInt(end + 16);
        List<Integer> times = new ArrayList<>();
        for (int i = 0; i < entries; i++) {
            if (zip.getInt(at) != DIRECTORY_ENTRY) {
                throw new IllegalStateException("no central directory entry at " + at);
            }
            times.add(zip.getInt(at + 12));
            at += 46 + Short.toUnsignedInt(zip.getShort(at + 28)) + Short.toUnsignedInt(zip.getShort(at + 30))
                    + Short.toUnsignedInt(zip.getShort(at + 32));
        }
        return times;
    }
}
