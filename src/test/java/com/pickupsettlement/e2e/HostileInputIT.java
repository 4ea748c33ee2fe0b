package com.pickupsettlement.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opencsv.CSVReader;
import com.pickupsettlement.support.JarTest;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and truncated feeds through the packaged jar, on a heap capped at 64 MiB: every case
 * ends in exit 4 with nothing of the date kept, or in exit 0 with each bad row in the rejects
 * file; the JVM never dies, and its resident memory stays bounded whatever the size of the input.
 */
@JarTest
class HostileInputIT {
    private static final String DATE = "2026-11-01";
    private static final Charset CP1251 = Charset.forName("windows-1251");
    /** A 64 MiB heap and the JVM's own needs (metaspace, code, threads): measured at 150-190 MiB. */
    private static final long RSS_LIMIT_KIB = 320 * 1024;

    @TempDir
    Path work;

    @AfterEach
    void stopServers() throws Exception {
        EmbeddedServers.stopAll(work);
    }

    interface Damage {
        void apply(Path inbox) throws Exception;
    }

    record Case(String name, String reasonSays, Damage damage) {
    }

    @Test
    void hostileFiles_AreRefusedWhole_NothingKept_AndTheRepairedNightConforms() throws Exception {
        SplittableRandom random = new SplittableRandom(20261127);
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("a 10 MB field in the orders", "orders_20261101.csv", inbox -> {
            Path orders = inbox.resolve("orders_20261101.csv");
            List<String> lines = new ArrayList<>(Files.readAllLines(orders));
            lines.set(4, lines.get(4).replaceFirst(",U", ",\"" + "U".repeat(10 * 1024 * 1024) + "\",U"));
            Files.write(orders, lines);
        }));
        cases.add(new Case("64 MiB of random bytes as the manifest", "manifest_20261101.csv", inbox -> {
            byte[] bytes = new byte[64 * 1024 * 1024];
            for (int i = 0; i < bytes.length; i += 8) {
                long r = random.nextLong();
                for (int k = 0; k < 8; k++) {
                    bytes[i + k] = (byte) (r >>> (8 * k));
                }
            }
            Files.write(inbox.resolve("manifest_20261101.csv"), bytes);
        }));
        for (int i = 0; i < 3; i++) {
            int back = 3 + random.nextInt(197);
            cases.add(new Case("the manifest cut " + back + " bytes before its end", "trailer", inbox -> {
                Path manifest = inbox.resolve("manifest_20261101.csv");
                byte[] bytes = Files.readAllBytes(manifest);
                Files.write(manifest, Arrays.copyOf(bytes, bytes.length - back));
            }));
        }
        cases.add(new Case("a Windows-1251 byte inside the UTF-8 pickups", "pickups_20261101.csv", inbox -> {
            Path pickups = inbox.resolve("pickups_20261101.csv");
            byte[] bytes = Files.readAllBytes(pickups);
            String text = new String(bytes, StandardCharsets.UTF_8);
            int at = text.indexOf("op-0", text.length() / 2);
            byte[] zhe = "Ж".getBytes(CP1251);
            byte[] mixed = new byte[bytes.length + 1];
            int cut = text.substring(0, at).getBytes(StandardCharsets.UTF_8).length;
            System.arraycopy(bytes, 0, mixed, 0, cut);
            mixed[cut] = zhe[0];
            System.arraycopy(bytes, cut, mixed, cut + 1, bytes.length - cut);
            Files.write(pickups, mixed);
        }));
        cases.add(new Case("a quote opened in the orders and never closed", "orders_20261101.csv", inbox -> {
            Path orders = inbox.resolve("orders_20261101.csv");
            List<String> lines = new ArrayList<>(Files.readAllLines(orders));
            lines.set(2, lines.get(2).replaceFirst(",U", ",\"U"));
            Files.write(orders, lines);
        }));
        cases.add(new Case("300 lines of binary noise in the pickups", "rejected, more than 1 %", inbox -> {
            Path pickups = inbox.resolve("pickups_20261101.csv");
            StringBuilder noise = new StringBuilder();
            for (int i = 0; i < 300; i++) {
                for (int k = 0; k < 40; k++) {
                    noise.append((char) (1 + random.nextInt(0x24F))); // controls, NULs excepted, Latin, quotes, commas
                }
                noise.append(i % 3 == 0 ? "\r\n" : "\n");
            }
            Files.write(pickups, noise.toString().getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
        }));

        Path inbox = work.resolve("inbox");
        Path out = work.resolve("out");
        PickupJar jar = new PickupJar(work).withJvmArgs("-Xmx64m").keepingServer();
        for (Case c : cases) {
            copyConformanceDay(inbox);
            c.damage().apply(inbox);
            Measured r = runMeasured(jar, "run", "--date", DATE, "--inbox", inbox.toString(), "--out", out.toString());
            assertEquals(4, r.exitCode(), c.name() + ": " + r.output());
            assertTrue(r.output().contains(c.reasonSays()), c.name() + ": " + r.output());
            assertFalse(Files.exists(out.resolve(DATE)), c.name() + ": no output folder for a refused date");
            assertTrue(Files.isRegularFile(out.resolve("refused").resolve(DATE).resolve("REASON.txt")), c.name());
            assertEquals(0, rowsKeptOf(DATE), c.name() + ": nothing of the date kept");
            assertTrue(r.peakRssKib() < RSS_LIMIT_KIB, c.name() + ": peak RSS " + r.peakRssKib() + " KiB");
            System.out.printf("hostile case '%s': exit 4, peak RSS %d MiB%n", c.name(), r.peakRssKib() / 1024);
        }

        copyConformanceDay(inbox);
        PickupJar.Result ok = jar.run("run", "--date", DATE, "--inbox", inbox.toString(), "--out", out.toString());
        assertEquals(0, ok.exitCode(), ok.all());
        OutputFolders.assertConforms(ConformanceIT.CONFORMANCE.resolve("expected").resolve(DATE), out.resolve(DATE));
    }

    /**
     * Rows that are hostile but few: each is rejected with its reason and its raw text, the
     * formula-looking one defused for Excel, and the night completes.
     */
    @Test
    void hostileRowsInAPickupsFile_AreEachRejected_AndTheNightCompletes() throws Exception {
        Path inbox = work.resolve("inbox");
        PickupJar jar = new PickupJar(work).withJvmArgs("-Xmx64m");
        assertEquals(0, jar.run("generate", "--inbox", inbox.toString(), "--from", "2026-11-02", "--days", "1",
                "--orders", "1500", "--seed", "9").exitCode());
        Path pickups = inbox.resolve("pickups_20261102.csv");
        byte[] original = Files.readAllBytes(pickups);
        int firstNew = 1 + (int) new String(original, StandardCharsets.UTF_8).chars().filter(ch -> ch == '\n').count();
        String hostile = "=HYPERLINK(\"http://evil.example\";\"pay here\"),SP0000000001RU,MSK-01,PICKED,2026-11-02 10:00:00,op\n"
                + "E-NUL\0,SP0000000002RU,MSK-01,LOST,2026-11-02 10:00:00,op\n"
                + "\uFEFFE-BOM,SP0000000003RU,MSK-01,GONE,2026-11-02 10:00:00,op\r\n"
                + "E-CR,SP0000000004RU,MSK-01,ARRIVED,2026-11-02 10:00:00,op\rE-CR2,SP0000000004RU\n"
                + "E-CUT,SP0000000005RU,MSK-01,ARRIVED,2026-11-02 10:00:00,\"op, sec";
        Files.write(pickups, hostile.getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);

        Path out = work.resolve("out");
        Measured r = runMeasured(jar, "run", "--date", "2026-11-02", "--inbox", inbox.toString(), "--out", out.toString());
        assertEquals(0, r.exitCode(), r.output());
        List<String[]> rejected = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(out.resolve("2026-11-02/rejects_20261102.csv"));
             CSVReader csv = new CSVReader(in)) {
            for (String[] row : csv.readAll()) {
                if (row[0].equals("pickups") && Integer.parseInt(row[2]) >= firstNew) {
                    rejected.add(row);
                }
            }
        }
        // The first fault of each row: a 43-character event_id, a NUL in an id, an unknown event type,
        // a lone CR that is data (so seven cells), and the row the file's end cut inside its quotes.
        assertEquals(List.of(firstNew + ":field too long", (firstNew + 1) + ":bad format (event_id)",
                (firstNew + 2) + ":unknown code",
                (firstNew + 3) + ":wrong column count", (firstNew + 4) + ":bad format (operator_id)"),
                rejected.stream().map(row -> row[2] + ":" + row[3]).toList());
        assertTrue(rejected.get(0)[4].startsWith("'=HYPERLINK("), "formula defused: " + rejected.get(0)[4]);
        assertEquals("E-NUL\0,SP0000000002RU,MSK-01,LOST,2026-11-02 10:00:00,op", rejected.get(1)[4]);
        assertEquals("E-CUT,SP0000000005RU,MSK-01,ARRIVED,2026-11-02 10:00:00,\"op, sec", rejected.get(4)[4]);
        assertTrue(r.peakRssKib() < RSS_LIMIT_KIB, "peak RSS " + r.peakRssKib() + " KiB");
    }

    private void copyConformanceDay(Path inbox) throws Exception {
        Files.createDirectories(inbox);
        for (String name : List.of("agreements.csv", "orders_20261101.csv", "manifest_20261101.csv", "pickups_20261101.csv")) {
            Files.copy(ConformanceIT.CONFORMANCE.resolve("inbox").resolve(name), inbox.resolve(name),
                    StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private long rowsKeptOf(String date) throws Exception {
        return PickupDatabase.count(work, "SELECT (SELECT count(*) FROM stg_orders WHERE business_date = '" + date + "')"
                + " + (SELECT count(*) FROM stg_manifest WHERE business_date = '" + date + "')"
                + " + (SELECT count(*) FROM stg_pickups WHERE business_date = '" + date + "')"
                + " + (SELECT count(*) FROM feed_file WHERE business_date = '" + date + "')"
                + " + (SELECT count(*) FROM business_day WHERE business_date = '" + date + "')");
    }

    record Measured(int exitCode, String output, long peakRssKib) {
    }

    /** Runs the jar, sampling the kernel's high-water mark of its resident memory (VmHWM). */
    private static Measured runMeasured(PickupJar jar, String... args) throws Exception {
        PickupJar.Started started = jar.start(args);
        Process p = started.process();
        Path status = Path.of("/proc", Long.toString(p.pid()), "status");
        long peak = 0;
        while (!p.waitFor(50, TimeUnit.MILLISECONDS)) {
            try {
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith("VmHWM:")) {
                        peak = Math.max(peak, Long.parseLong(line.replaceAll("\\D", "")));
                    }
                }
            } catch (IOException exited) {
                // the process ended between waitFor and the read
            }
        }
        return new Measured(p.exitValue(), started.output(), peak);
    }
}
