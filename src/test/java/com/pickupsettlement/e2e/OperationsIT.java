package com.pickupsettlement.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pickupsettlement.support.JarTest;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The operations contract of rulebook 7 and the whole-file refusals of 2.5, through the packaged jar. */
@JarTest
class OperationsIT {
    private static final Charset CP1251 = Charset.forName("windows-1251");

    @TempDir
    Path work;
    Path inbox;
    Path out;
    PickupJar jar;

    @BeforeEach
    void copyInbox() throws IOException {
        inbox = work.resolve("inbox");
        out = work.resolve("out");
        Files.createDirectories(inbox);
        try (Stream<Path> files = Files.list(ConformanceIT.CONFORMANCE.resolve("inbox"))) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.equals("agreements.csv") || name.contains("2026110")) {
                    Files.copy(f, inbox.resolve(name));
                }
            }
        }
        jar = new PickupJar(work);
    }

    private PickupJar.Result run(String date) throws Exception {
        return jar.run("run", "--date", date, "--inbox", inbox.toString(), "--out", out.toString());
    }

    @Test
    void usageErrors_ThenExit2WithoutTouchingTheDatabase() throws Exception {
        assertEquals(2, jar.run().exitCode());
        assertEquals(2, jar.run("frobnicate").exitCode());
        assertEquals(2, jar.run("run").exitCode());
        assertEquals(2, jar.run("run", "--date", "2026-13-01").exitCode());
        PickupJar.Result help = jar.run("help");
        assertEquals(0, help.exitCode());
        assertTrue(help.stdout().contains("catch-up") && help.stdout().contains("Exit codes"), help.stdout());
        PickupJar.Result runHelp = jar.run("run", "--help");
        assertEquals(0, runHelp.exitCode());
        assertTrue(runHelp.stdout().contains("--date=YYYY-MM-DD"), runHelp.stdout());
        PickupJar.Result badDate = jar.run("run", "--date", "2026-13-01");
        assertTrue(badDate.stderr().startsWith("run: Invalid value for option '--date': must be a date YYYY-MM-DD"),
                badDate.stderr());
        assertFalse(Files.exists(work.resolve("var")), "help and usage errors start no database");
    }

    @Test
    void missingFeed_ThenExit3AndNothingLoaded_AndTheDateRunsOnceTheFileArrives() throws Exception {
        Path manifest = inbox.resolve("manifest_20261101.csv");
        Path aside = work.resolve("manifest_20261101.csv");
        Files.move(manifest, aside);
        PickupJar.Result missing = run("2026-11-01");
        assertEquals(3, missing.exitCode(), missing.all());
        assertTrue(missing.stderr().contains("manifest_20261101.csv"), missing.stderr());
        assertFalse(Files.exists(out.resolve("2026-11-01")));

        Files.move(aside, manifest);
        PickupJar.Result ok = run("2026-11-01");
        assertEquals(0, ok.exitCode(), ok.all());
        assertTrue(ok.stdout().contains("orders_20261101.csv: read 871, accepted 858, duplicates 5, rejected 8"), ok.stdout());
    }

    @Test
    void datesOutOfOrder_ClosedDateWithChangedInput_ThenExit6And5() throws Exception {
        assertEquals(0, run("2026-11-01").exitCode());
        PickupJar.Result skipped = run("2026-11-03");
        assertEquals(6, skipped.exitCode(), skipped.all());
        assertTrue(skipped.stderr().contains("2026-11-02"), skipped.stderr());
        // The order of dates is checked before the files: the missing night is what ops must hear of.
        Files.delete(inbox.resolve("manifest_20261103.csv"));
        PickupJar.Result skippedAndMissing = run("2026-11-03");
        assertEquals(6, skippedAndMissing.exitCode(), skippedAndMissing.all());

        Path folder = out.resolve("2026-11-01");
        byte[] summary = Files.readAllBytes(folder.resolve("summary_20261101.csv"));
        Files.writeString(inbox.resolve("pickups_20261101.csv"), "\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        PickupJar.Result changed = run("2026-11-01");
        assertEquals(5, changed.exitCode(), changed.all());
        assertTrue(changed.stderr().contains("pickups_20261101.csv"), changed.stderr());
        assertEquals(new String(summary), Files.readString(folder.resolve("summary_20261101.csv")), "outputs untouched");
    }

    @Test
    void badAgreements_ThenExit2BeforeAnythingIsLoaded() throws Exception {
        Files.writeString(inbox.resolve("agreements.csv"), """
                party_code,party_name,role,share_percent,effective_from,effective_to
                ALIEXPRESS,AliExpress,MARKETPLACE,,2026-01-01,
                CSL,CSL,PARTNER,60,2026-01-01,
                SPSR,SPSR,PARTNER,50,2026-01-01,
                """);
        PickupJar.Result r = run("2026-11-01");
        assertEquals(2, r.exitCode(), r.all());
        assertTrue(r.stderr().contains("110"), r.stderr());
        assertFalse(Files.exists(out.resolve("2026-11-01")));
    }

    @Test
    void manifestWithoutTrailer_ThenExit4NothingKept_AndTheFixedFileRuns() throws Exception {
        Path manifest = inbox.resolve("manifest_20261101.csv");
        byte[] original = Files.readAllBytes(manifest);
        String text = new String(original, CP1251);
        String cut = text.substring(0, text.lastIndexOf("TRAILER;"));
        Files.write(manifest, cut.getBytes(CP1251));

        PickupJar.Result refused = run("2026-11-01");
        assertEquals(4, refused.exitCode(), refused.all());
        assertTrue(refused.stderr().contains("manifest_20261101.csv"), refused.stderr());
        assertFalse(Files.exists(out.resolve("2026-11-01")), "no output folder for a refused date");
        Path reason = out.resolve("refused/2026-11-01/REASON.txt");
        assertTrue(Files.readString(reason).contains("trailer"), Files.readString(reason));
        assertEquals(List.of("REASON.txt"), OutputFolders.names(out.resolve("refused/2026-11-01")));

        Files.write(manifest, original);
        PickupJar.Result ok = run("2026-11-01");
        assertEquals(0, ok.exitCode(), ok.all());
        OutputFolders.assertConforms(ConformanceIT.CONFORMANCE.resolve("expected/2026-11-01"), out.resolve("2026-11-01"));
    }

    @Test
    void fileOverTheRejectRatio_ThenExit4AndEveryRejectedRowIsListed() throws Exception {
        assertEquals(0, run("2026-11-01").exitCode());
        Path orders = inbox.resolve("orders_20261102.csv");
        List<String> lines = Files.readAllLines(orders);
        StringBuilder sb = new StringBuilder(lines.get(0)).append('\n');
        for (int i = 1; i < lines.size(); i++) {
            // Every other row loses its amount: far over 1 % and over 5 rows.
            sb.append(i % 2 == 0 ? lines.get(i).replaceFirst(",(RUB|USD|CNY),[0-9.]+,", ",$1,,") : lines.get(i)).append('\n');
        }
        Files.writeString(orders, sb);
        PickupJar.Result refused = run("2026-11-02");
        assertEquals(4, refused.exitCode(), refused.all());
        List<String> rejects = Files.readAllLines(out.resolve("refused/2026-11-02/rejects_20261102.csv"));
        assertEquals("feed,file,line_number,reason,raw_line", rejects.get(0));
        long missing = rejects.stream().filter(l -> l.contains(",missing field,")).count();
        assertEquals((lines.size() - 1) / 2, missing, String.join("\n", rejects));
        assertFalse(Files.exists(out.resolve("2026-11-02")));
    }

    @Test
    void undecodableManifest_ThenExit4NamingTheLine() throws Exception {
        Path manifest = inbox.resolve("manifest_20261101.csv");
        byte[] bytes = Files.readAllBytes(manifest);
        int secondLine = indexOf(bytes, (byte) '\n') + 1;
        bytes[secondLine + 2] = (byte) 0x98; // not a character in Windows-1251
        Files.write(manifest, bytes);
        PickupJar.Result refused = run("2026-11-01");
        assertEquals(4, refused.exitCode(), refused.all());
        assertTrue(refused.stderr().contains("manifest_20261101.csv, line 2"), refused.stderr());
    }

    /**
     * The files load side by side. Orders bad on its last line and pickups bad on its header: the
     * pickups refusal comes first in time, the orders one first in feed order, which is the one
     * reported, as when the files were read one after the other. Nothing of the date is kept.
     */
    @Test
    void twoRefusedFiles_ThenTheFirstInFeedOrderIsReported_AndNothingIsKept() throws Exception {
        Path orders = inbox.resolve("orders_20261101.csv");
        Path pickups = inbox.resolve("pickups_20261101.csv");
        byte[] originalOrders = Files.readAllBytes(orders);
        byte[] originalPickups = Files.readAllBytes(pickups);
        byte[] bad = originalOrders.clone();
        int lastLineStart = lastIndexOf(bad, (byte) '\n', bad.length - 2) + 1;
        bad[lastLineStart + 2] = (byte) 0xFF; // never valid in UTF-8
        Files.write(orders, bad);
        long lastLine = new String(originalOrders, StandardCharsets.UTF_8).lines().count();
        Files.writeString(pickups, "event_id,wrong_header\n" + new String(originalPickups, StandardCharsets.UTF_8)
                .substring(new String(originalPickups, StandardCharsets.UTF_8).indexOf('\n') + 1));

        PickupJar.Result refused = run("2026-11-01");
        assertEquals(4, refused.exitCode(), refused.all());
        String reason = Files.readString(out.resolve("refused/2026-11-01/REASON.txt"));
        assertTrue(reason.startsWith("orders_20261101.csv, line " + lastLine + ":"), reason);
        assertFalse(Files.exists(out.resolve("2026-11-01")), "no output folder for a refused date");

        Files.write(orders, originalOrders);
        Files.write(pickups, originalPickups);
        PickupJar.Result ok = run("2026-11-01");
        assertEquals(0, ok.exitCode(), ok.all());
        OutputFolders.assertConforms(ConformanceIT.CONFORMANCE.resolve("expected/2026-11-01"), out.resolve("2026-11-01"));
    }

    private static int lastIndexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i >= 0; i--) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
