package com.pickupsettlement.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the packaged jar the way cron and ops do: a separate JVM, in its own working folder (so
 * its embedded PostgreSQL keeps its data in that folder's ./var/pgdata), returning the exit code.
 * The JVM's zone is the suite's ({@code -Dpickup.timezone}, UTC unless set); the environment is
 * the test's, less any SETTLEMENT_ or SPRING_ variable, plus what {@link #withEnv} adds.
 *
 * <p>Like jobs/pickup.sh (cron's way in), the jar is started unpacked, from a class-data archive
 * recorded once per test JVM by a training start: a few seconds less per start, over some hundred
 * starts. {@code -Dpickup.cds=false} runs {@code java -jar} on the packaged jar instead; so does a
 * JVM whose archive could not be made.
 */
final class PickupJar {
    record Result(int exitCode, String stdout, String stderr) {
        String all() {
            return stdout + stderr;
        }
    }

    /** A jar started without waiting; its output goes to files in the working folder. */
    record Started(Process process, Path stdout, Path stderr) {
        String output() throws IOException {
            return Files.readString(stdout, StandardCharsets.UTF_8) + Files.readString(stderr, StandardCharsets.UTF_8);
        }
    }

    private final Path workDir;
    private final Map<String, String> env;
    private final List<String> jvmArgs;

    PickupJar(Path workDir) {
        this(workDir, Map.of(), List.of("-Xmx512m"));
    }

    private PickupJar(Path workDir, Map<String, String> env, List<String> jvmArgs) {
        this.workDir = workDir;
        this.env = env;
        this.jvmArgs = jvmArgs;
    }

    PickupJar withEnv(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(env);
        more.put(name, value);
        return new PickupJar(workDir, more, jvmArgs);
    }

    /** Replaces the default JVM options (-Xmx512m). */
    PickupJar withJvmArgs(String... args) {
        return new PickupJar(workDir, env, List.of(args));
    }

    /** Leaves the embedded PostgreSQL running on exit, so the test can read what it holds. */
    PickupJar keepingServer() {
        List<String> args = new ArrayList<>(jvmArgs);
        args.add("-Dsettlement.embedded.keep-running=true");
        return new PickupJar(workDir, env, List.copyOf(args));
    }

    static Path jar() {
        String jar = System.getProperty("pickup.jar", "target/pickup-settlement.jar");
        Path path = Path.of(jar).toAbsolutePath();
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("packaged jar not found at " + path + ": run 'mvn verify'");
        }
        return path;
    }

    static String timezone() {
        return System.getProperty("pickup.timezone", "UTC");
    }

    Started start(String... args) throws IOException {
        Path out = Files.createTempFile(workDir, "stdout", ".txt");
        Path err = Files.createTempFile(workDir, "stderr", ".txt");
        ProcessBuilder pb = new ProcessBuilder(command(args)).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("SETTLEMENT_") || k.startsWith("SPRING_"));
        pb.environment().putAll(env);
        return new Started(pb.start(), out, err);
    }

    private List<String> command(String... args) {
        // C1 only: a test's night is small, and C2 compiling beside it cost about 3 s of CPU per start
        // (`status`: 5.7-6.5 s of user CPU, 2.9 s with C1 only), over some hundred starts per CI
        // run on two cores. Production starts (jobs/pickup.sh) keep the full compiler.
        List<String> command = new ArrayList<>(List.of(java(), "-Duser.timezone=" + timezone(), "-XX:TieredStopAtLevel=1"));
        Path unpacked = fastStart();
        if (unpacked != null) {
            // As jobs/pickup.sh does, less the warnings: an unusable archive only costs speed, and
            // stderr is what the tests read.
            command.addAll(List.of("-XX:SharedArchiveFile=" + unpacked.resolve("app.jsa"), "-Xlog:disable",
                    "-Xlog:all=error:stderr"));
        }
        command.addAll(jvmArgs);
        command.addAll(List.of("-jar", (unpacked != null ? unpacked.resolve(jar().getFileName()) : jar()).toString()));
        command.addAll(List.of(args));
        return command;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static boolean fastStartPrepared;
    private static Path fastStartDir;

    /** The unpacked jar with its class-data archive (app.jsa), made on first use; null to start the jar as it is. */
    static synchronized Path fastStart() {
        if (fastStartPrepared) {
            return fastStartDir;
        }
        fastStartPrepared = true;
        if (!Boolean.parseBoolean(System.getProperty("pickup.cds", "true"))) {
            return null;
        }
        try {
            Path root = Files.createTempDirectory("pickup-cds");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(root), "pickup-cds-cleanup"));
            Path app = root.resolve("app");
            Path train = Files.createDirectories(root.resolve("train"));
            Path log = root.resolve("prepare.log");
            Process extract = new ProcessBuilder(java(), "-Djarmode=tools", "-jar", jar().toString(), "extract",
                    "--destination", app.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            // The training start of jobs/pickup.sh: the context of a `status`, which starts the
            // database and exits before the command.
            if (extract.waitFor(5, TimeUnit.MINUTES) && extract.exitValue() == 0) {
                ProcessBuilder pb = new ProcessBuilder(java(), "-Xmx512m", "-XX:ArchiveClassesAtExit=" + app.resolve("app.jsa"),
                        "-Dspring.context.exit=onRefresh", "-Xlog:disable", "-Xlog:all=error:stderr", "-jar",
                        app.resolve(jar().getFileName()).toString(), "status")
                        .directory(train.toFile()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
                pb.environment().keySet().removeIf(k -> k.startsWith("SETTLEMENT_") || k.startsWith("SPRING_"));
                Process training = pb.start();
                boolean done = training.waitFor(5, TimeUnit.MINUTES);
                if (!done) {
                    training.destroyForcibly().waitFor();
                }
                EmbeddedServers.stopAll(train);
                if (done && Files.isRegularFile(app.resolve("app.jsa"))) {
                    fastStartDir = app;
                    return app;
                }
            }
            System.err.println("PickupJar: no class-data archive (see " + log + "); starting the jar as it is");
        } catch (IOException | InterruptedException e) {
            System.err.println("PickupJar: no class-data archive (" + e + "); starting the jar as it is");
        }
        return null;
    }

    private static void deleteTree(Path root) {
        try (java.util.stream.Stream<Path> files = Files.walk(root)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // a temporary folder left behind
        }
    }

    Result run(String... args) throws IOException, InterruptedException {
        Started started = start(args);
        Process p = started.process();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("the jar did not finish: " + command(args));
        }
        Result r = new Result(p.exitValue(), Files.readString(started.stdout(), StandardCharsets.UTF_8),
                Files.readString(started.stderr(), StandardCharsets.UTF_8));
        Files.delete(started.stdout());
        Files.delete(started.stderr());
        return r;
    }

    Path workDir() {
        return workDir;
    }
}
