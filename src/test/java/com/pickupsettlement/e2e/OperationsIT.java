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
        ConformanceInbox.copyFirstNineDates(inbox);
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
        // The refusal is history now: nothing in refused/ asks ops to send that file back.
        assertFalse(Files.exists(out.resolve("refused/2026-11-01")), "the old refusal is marked superseded");
        List<String> refusals = OutputFolders.names(out.resolve("refused"));
        assertEquals(1, refusals.size(), refusals.toString());
        assertTrue(refusals.get(0).matches("2026-11-01\\.superseded-\\d{8}T\\d{6}Z"), refusals.toString());
        Path superseded = out.resolve("refused").resolve(refusals.get(0));
        assertEquals(List.of("REASON.txt", "SUPERSEDED.txt"), OutputFolders.names(superseded));
        assertTrue(Files.readString(superseded.resolve("SUPERSEDED.txt")).contains("superseded"));
        assertTrue(ok.stderr().contains("2026-11-01 completed: its earlier refusal is superseded, now "), ok.stderr());
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

    /**
     * Rulebook 9 for the people who read it: the audit trail as pure CSV on stdout for a script,
     * filtered by order; and a resolutions file dated for a date that already ran is named by the
     * next night, not applied.
     */
    @Test
    void resolutionsAreListedAsCsv_AndAFileDatedForADateThatRanIsNamedNotApplied() throws Exception {
        for (String date : List.of("2026-11-01", "2026-11-02", "2026-11-03")) {
            assertEquals(0, run(date).exitCode(), date);
        }
        List<String[]> written = EditionsCheck.readCsv(out.resolve("2026-11-03/resolutions_20261103.csv"));
        PickupJar.Result listed = jar.run("resolutions", "--format", "csv");
        assertEquals(0, listed.exitCode(), listed.all());
        List<String[]> rows = parseCsv(listed.stdout());
        assertEquals(List.of("applied_on", "file", "line", "action", "type", "severity", "order_id", "tracking_number",
                "first_seen", "reason", "resolved_by", "state", "ended_on", "ended_because"), List.of(rows.get(0)));
        assertEquals(identities(written, 0, 1, 3, 4), identities(rows, 3, 4, 6, 7),
                "one row per resolution accepted on 2026-11-03, and nothing else");
        for (String[] row : rows.subList(1, rows.size())) {
            assertEquals(List.of("2026-11-03", "resolutions_20261103.csv"), List.of(row[0], row[1]));
        }
        List<String[]> one = parseCsv(jar.run("resolutions", "--order", "8100000012331070", "--format", "csv").stdout());
        assertEquals(2, one.size(), "the header and the write-off of that order");
        assertEquals(List.of("WRITE_OFF", "8100000012331070", "WRITTEN_OFF"), List.of(one.get(1)[3], one.get(1)[6], one.get(1)[11]));

        PickupJar.Result status = jar.run("status", "--date", "2026-11-03");
        assertEquals(0, status.exitCode(), status.all());
        assertTrue(status.stdout().contains("resolutions_20261103.csv"), status.stdout());

        // Finance drops a file for 2026-11-02, which has already run: 2026-11-04 names it.
        Files.writeString(inbox.resolve("resolutions_20261102.csv"), "action,type,order_id,tracking_number,reason,resolved_by\n"
                + "WRITE_OFF,,8100000025003279,,too late,finance.ivanova\n", StandardCharsets.UTF_8);
        PickupJar.Result next = run("2026-11-04");
        assertEquals(0, next.exitCode(), next.all());
        assertTrue(next.stdout().contains("resolutions_20261102.csv was not applied: its date has already run"), next.stdout());
        assertTrue(next.stdout().contains("2026-11-04 COMPLETED in ")
                && next.stdout().contains("; resolutions_20261102.csv not applied (dated for a date already run); outputs in "),
                () -> "the summary line names it: " + next.stdout());
        assertEquals(rows.size(), parseCsv(jar.run("resolutions", "--format", "csv").stdout()).size(), "nothing applied");
    }

    private static List<String[]> parseCsv(String text) throws Exception {
        try (com.opencsv.CSVReader csv = new com.opencsv.CSVReader(new java.io.StringReader(text))) {
            List<String[]> rows = csv.readAll();
            for (String[] row : rows) {
                assertEquals(rows.get(0).length, row.length, () -> "not pure CSV: " + text);
            }
            return rows;
        }
    }

    private static java.util.Set<String> identities(List<String[]> rows, int... columns) {
        java.util.Set<String> result = new java.util.TreeSet<>();
        for (String[] row : rows.subList(1, rows.size())) {
            StringBuilder key = new StringBuilder();
            for (int c : columns) {
                key.append(row[c]).append('|');
            }
            result.add(key.toString());
        }
        return result;
    }
}
