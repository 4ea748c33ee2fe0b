package com.pickupsettlement.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Compares an output folder with an expected one as the conformance README says: every file
 * byte for byte, except the free-text detail column of exceptions, and SHA256SUMS by checking
 * each listed checksum against the produced file.
 */
public final class OutputFolders {
    private OutputFolders() {
    }

    /**
     * The conformance folders hold the rulebook's CSV files; the editions for people (rulebook
     * 11) are not in them, so the produced folder holds exactly those two more.
     */
    static void assertConforms(Path expected, Path actual) throws Exception {
        String day = actual.getFileName().toString().replace("-", "");
        List<String> withEditions = new ArrayList<>(names(expected));
        withEditions.addAll(List.of("report_" + day + ".html", "settlement_" + day + ".xlsx"));
        assertEquals(withEditions.stream().sorted().toList(), names(actual), "files of " + actual);
        for (String name : names(expected)) {
            String want = Files.readString(expected.resolve(name), StandardCharsets.UTF_8);
            String got = Files.readString(actual.resolve(name), StandardCharsets.UTF_8);
            if (name.equals("SHA256SUMS")) {
                assertChecksums(actual);
            } else if (name.startsWith("exceptions_")) {
                assertEquals(withoutDetail(want), withoutDetail(got), name);
            } else {
                assertEquals(want, got, name);
            }
        }
    }

    /** The same file names and every file byte for byte, SHA256SUMS and detail column included. */
    public static void assertIdentical(Path want, Path got, String when) throws IOException {
        assertEquals(names(want), names(got), "files " + when);
        for (String name : names(want)) {
            assertEquals(-1L, Files.mismatch(want.resolve(name), got.resolve(name)), name + " " + when);
        }
    }

    static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** What `sha256sum -c SHA256SUMS` checks, for every other file of the folder. */
    static void assertChecksums(Path dir) throws Exception {
        List<String> lines = Files.readAllLines(dir.resolve("SHA256SUMS"));
        List<String> listed = new ArrayList<>();
        for (String line : lines) {
            String hex = line.substring(0, 64);
            String file = line.substring(66);
            listed.add(file);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(dir.resolve(file)));
            assertEquals(hex, HexFormat.of().formatHex(digest), "checksum of " + file);
        }
        List<String> others = new ArrayList<>(names(dir));
        others.remove("SHA256SUMS");
        assertEquals(others, listed, "SHA256SUMS lists every other file, sorted by name");
    }

    /** Drops the last column (detail); the rulebook makes it free text. Rows never hold line breaks here. */
    static String withoutDetail(String csv) {
        StringBuilder sb = new StringBuilder();
        for (String line : csv.split("\n", -1)) {
            int cut = nthComma(line, 6);
            sb.append(cut < 0 ? line : line.substring(0, cut)).append('\n');
        }
        return sb.toString();
    }

    private static int nthComma(String line, int n) {
        int at = -1;
        for (int i = 0; i < n; i++) {
            at = line.indexOf(',', at + 1);
            if (at < 0) {
                return -1;
            }
        }
        return at;
    }
}
