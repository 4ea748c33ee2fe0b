package com.pickupsettlement.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The conformance inbox as jar tests start from it: a private copy that a test may break. */
final class ConformanceInbox {
    private ConformanceInbox() {
    }

    /** Copies agreements.csv and every file of 2026-11-01 to 2026-11-09 into {@code inbox} (created). */
    static void copyFirstNineDates(Path inbox) throws IOException {
        Files.createDirectories(inbox);
        try (Stream<Path> files = Files.list(ConformanceIT.CONFORMANCE.resolve("inbox"))) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.equals("agreements.csv") || name.contains("2026110")) {
                    Files.copy(f, inbox.resolve(name));
                }
            }
        }
    }
}
