package com.pickupsettlement.e2e;

import com.pickupsettlement.support.JarTest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --date D}: the exit code run would give, the same per-file counts, and nothing written. */
@JarTest
class CheckIT {
    @TempDir
    Path work;
    Path inbox;
    Path out;
    PickupJar jar;

    @BeforeEach
    void copyInbox() throws IOException {
        inbox = work.resolve("inbox");
        out = work.resolve("out");
        ConformanceInbox.copyFirstNineDates(inbox);
        jar = new PickupJar(work).keepingServer();
    }

    @AfterEach
    void stopServer() throws Exception {
        EmbeddedServers.stopIn(work.resolve("var/pgdata"));
    }

    private PickupJar.Result run(String... args) throws Exception {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(List.of("--inbox", inbox.toString()));
        if (args[0].equals("run")) {
            all.addAll(List.of("--out", out.toString()));
        }
        return jar.run(all.toArray(String[]::new));
    }

    /** Every row count of the database and every file under out/ (name, size, time). */
    private String everything() throws Exception {
        String files;
        try (Stream<Path> walk = Files.walk(out)) {
            files = walk.map(p -> {
                try {
                    return out.relativize(p) + " " + (Files.isDirectory(p) ? "dir" : Files.size(p) + " "
                            + Files.getLastModifiedTime(p));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).sorted().collect(Collectors.joining("\n"));
        }
        return PickupDatabase.rowCounts(work) + files;
    }

    private static List<String> countLines(String stdout) {
        return stdout.lines().filter(l -> l.contains(": read ")).toList();
    }

    @Test
    void check_TellsWhatRunWouldDo_AndWritesNothing() throws Exception {
        assertEquals(0, run("run", "--date", "2026-11-01").exitCode());
        String before = everything();

        // A bad header on pickups: run would refuse the date (4) and write out/refused/2026-11-02.
        Path pickups = inbox.resolve("pickups_20261102.csv");
        byte[] original = Files.readAllBytes(pickups);
        String text = new String(original, StandardCharsets.UTF_8);
        Files.writeString(pickups, "event_id,wrong_header" + text.substring(text.indexOf('\n')));
        PickupJar.Result bad = run("check", "--date", "2026-11-02");
        assertEquals(4, bad.exitCode(), bad.all());
        assertTrue(bad.stdout().contains("pickups_20261102.csv: refused: pickups_20261102.csv, line 1: the header differs"),
                bad.stdout());
        assertTrue(bad.stdout().contains("orders_20261102.csv: read "), "the other files are still counted: " + bad.stdout());
        assertTrue(bad.stdout().contains("run --date 2026-11-02 would exit 4"), bad.stdout());
        assertEquals(before, everything(), "a check writes nothing, not even the refusal folder");

        // A date whose files are missing: 3, as run would say.
        Path manifest = inbox.resolve("manifest_20261102.csv");
        Files.move(manifest, work.resolve("aside.csv"));
        PickupJar.Result missing = run("check", "--date", "2026-11-02");
        assertEquals(3, missing.exitCode(), missing.all());
        assertTrue(missing.stderr().contains("manifest_20261102.csv"), missing.stderr());
        Files.move(work.resolve("aside.csv"), manifest);

        Files.write(pickups, original);
        PickupJar.Result good = run("check", "--date", "2026-11-02");
        assertEquals(0, good.exitCode(), good.all());
        assertTrue(good.stdout().contains("run --date 2026-11-02 would exit 0"), good.stdout());
        assertFalse(good.stderr().contains("Exception"), good.stderr());
        assertEquals(before, everything(), "a check writes nothing");

        // The counts are the run's own, cross-row checks against history included.
        PickupJar.Result ran = run("run", "--date", "2026-11-02");
        assertEquals(0, ran.exitCode(), ran.all());
        assertEquals(countLines(ran.stdout()), countLines(good.stdout()));
        assertEquals(3, countLines(good.stdout()).size(), good.stdout());

        // An earlier date not completed: 6.
        PickupJar.Result skipped = run("check", "--date", "2026-11-04");
        assertEquals(6, skipped.exitCode(), skipped.all());
    }
}
