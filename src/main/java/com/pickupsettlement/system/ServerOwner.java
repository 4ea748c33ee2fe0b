package com.pickupsettlement.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * Who will stop the embedded server of a data folder, in a file beside it ({@code pgdata.owner};
 * not inside, where initdb and PostgreSQL own every file). Its one line is either {@code kept}
 * (a process asked to leave the server running: only {@code db stop} stops it) or the owner's
 * PID with its start time, so that a PID the kernel gave to a new process after the owner died
 * does not pass for the owner. No file means no owner. Read and written under the folder lock.
 */
record ServerOwner(boolean kept, long pid, String started) {
    private static final String KEPT = "kept";

    static ServerOwner keptRunning() {
        return new ServerOwner(true, 0, "");
    }

    static ServerOwner thisProcess() {
        ProcessHandle self = ProcessHandle.current();
        return new ServerOwner(false, self.pid(), startTime(self).orElse("-"));
    }

    static Optional<ServerOwner> read(Path file) {
        try {
            String line = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (line.equals(KEPT)) {
                return Optional.of(keptRunning());
            }
            String[] parts = line.split(" ");
            return Optional.of(new ServerOwner(false, Long.parseLong(parts[0]), parts.length > 1 ? parts[1] : "-"));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // missing or unreadable: nobody owns the server
        }
    }

    void write(Path file) throws IOException {
        Files.writeString(file, (kept ? KEPT : pid + " " + started) + "\n", StandardCharsets.UTF_8);
    }

    static void clear(Path file) throws IOException {
        Files.deleteIfExists(file);
    }

    /** This process, or another that is still alive (the same PID, started at the same time). */
    boolean isAlive() {
        if (kept) {
            return false;
        }
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .map(h -> started.equals("-") || started.equals(startTime(h).orElse("-")))
                .orElse(false);
    }

    boolean isThisProcess() {
        return !kept && pid == ProcessHandle.current().pid();
    }

    private static Optional<String> startTime(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toString);
    }
}
