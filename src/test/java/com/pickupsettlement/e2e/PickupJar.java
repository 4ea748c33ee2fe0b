package com.pickupsettlement.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the packaged jar the way cron and ops do: a separate JVM, in its own working folder (so
 * its embedded PostgreSQL keeps its data in that folder's ./var/pgdata), returning the exit code.
 */
final class PickupJar {
    record Result(int exitCode, String stdout, String stderr) {
        String all() {
            return stdout + stderr;
        }
    }

    private final Path workDir;

    PickupJar(Path workDir) {
        this.workDir = workDir;
    }

    static Path jar() {
        String jar = System.getProperty("pickup.jar", "target/pickup-settlement.jar");
        Path path = Path.of(jar).toAbsolutePath();
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("packaged jar not found at " + path + ": run 'mvn verify'");
        }
        return path;
    }

    /** Starts the jar without waiting; its output goes to files in the working folder. */
    Process start(String... args) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command(args)).directory(workDir.toFile())
                .redirectOutput(Files.createTempFile(workDir, "stdout", ".txt").toFile())
                .redirectError(Files.createTempFile(workDir, "stderr", ".txt").toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("SETTLEMENT_") || k.startsWith("SPRING_"));
        return pb.start();
    }

    private static List<String> command(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.timezone=" + System.getProperty("pickup.timezone", "UTC"), "-Xmx512m", "-jar", jar().toString()));
        command.addAll(List.of(args));
        return command;
    }

    Result run(String... args) throws IOException, InterruptedException {
        List<String> command = command(args);
        Path out = Files.createTempFile(workDir, "stdout", ".txt");
        Path err = Files.createTempFile(workDir, "stderr", ".txt");
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("SETTLEMENT_") || k.startsWith("SPRING_"));
        Process p = pb.start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("the jar did not finish: " + command);
        }
        Result r = new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return r;
    }

    Path workDir() {
        return workDir;
    }
}
