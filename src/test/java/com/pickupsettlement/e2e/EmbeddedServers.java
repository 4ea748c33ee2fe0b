package com.pickupsettlement.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A process killed with SIGKILL leaves its embedded PostgreSQL running until the next command
 * takes it over, and a kept one (keep-running) runs on. Tests stop such servers when they are
 * done, via the postmaster.pid.
 */
final class EmbeddedServers {
    private EmbeddedServers() {
    }

    static void stopAll(Path root) throws IOException {
        List<Path> pidFiles;
        try (Stream<Path> files = Files.walk(root)) {
            pidFiles = files.filter(p -> p.getFileName().toString().equals("postmaster.pid")).toList();
        }
        for (Path pidFile : pidFiles) {
            stop(pidFile);
        }
    }

    /**
     * The server of one data directory, if it runs. Walking a live server's folder can trip over
     * files it is removing; this reads its postmaster.pid only.
     */
    static void stopIn(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (Files.exists(pidFile)) {
            stop(pidFile);
        }
    }

    private static void stop(Path pidFile) throws IOException {
        long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        ProcessHandle.of(pid).ifPresent(h -> {
            h.destroy(); // SIGTERM: PostgreSQL's smart shutdown
            h.onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).join();
        });
    }
}
