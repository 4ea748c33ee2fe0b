package com.pickupsettlement.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pickupsettlement.report.html.HeadlessChromium;
import com.pickupsettlement.support.ConformanceTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The public conformance set (rulebook applied to ten days, copied from shared/conformance):
 * running the dates in order from an empty database must publish exactly the expected folders.
 */
@ConformanceTest
class ConformanceIT {
    static final Path CONFORMANCE = Path.of("src/test/resources/conformance");

    @TempDir
    Path work;

    @Test
    void tenConformanceDays_WhenRunInOrder_ThenEveryFolderMatchesTheExpectedOne() throws Exception {
        PickupJar jar = new PickupJar(work);
        Path inbox = CONFORMANCE.resolve("inbox").toAbsolutePath();
        Path out = work.resolve("out");
        for (LocalDate d = LocalDate.of(2026, 11, 1); !d.isAfter(LocalDate.of(2026, 11, 10)); d = d.plusDays(1)) {
            PickupJar.Result r = jar.run("run", "--date", d.toString(), "--inbox", inbox.toString(), "--out", out.toString());
            assertEquals(0, r.exitCode(), d + ": " + r.all());
            // The suite runs in several zones (-Dpickup.timezone); the session follows the JVM's.
            String zone = PickupJar.timezone();
            assertTrue(r.all().contains("(JVM time zone " + zone + ", database session time zone " + zone + ")"), r.all());
            OutputFolders.assertConforms(CONFORMANCE.resolve("expected").resolve(d.toString()), out.resolve(d.toString()));
        }

        // Rulebook 7: re-running a closed date with the same files reproduces its outputs byte for byte.
        Path folder = out.resolve("2026-11-06");
        byte[] before = Files.readAllBytes(folder.resolve("settlement_SPSR_20261106.csv"));
        Files.delete(folder.resolve("settlement_SPSR_20261106.csv"));
        PickupJar.Result again = jar.run("run", "--date", "2026-11-06", "--inbox", inbox.toString(), "--out", out.toString());
        assertEquals(0, again.exitCode(), again.all());
        assertEquals(new String(before), Files.readString(folder.resolve("settlement_SPSR_20261106.csv")));
        OutputFolders.assertConforms(CONFORMANCE.resolve("expected").resolve("2026-11-06"), folder);

        // Finance opens them in a spreadsheet: amounts stay numbers, Cyrillic stays, nothing runs.
        List<Path> csvFiles;
        try (Stream<Path> files = Files.walk(out)) {
            csvFiles = files.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        assertEquals(70, csvFiles.size(), "seven CSV files a day for ten days");
        assertTrue(SpreadsheetCheck.assertOpensSafely(csvFiles, work) > 10_000);
        // Documented, not fixable in the CSV: saved as .xlsx, a spreadsheet keeps 15 digits of a 16-digit id.
        int changed = SpreadsheetCheck.orderIdsChangedBySavingAsXlsx(out.resolve("2026-11-03/settlement_SPSR_20261103.csv"), work);
        assertTrue(changed > 10, "16-digit order ids a spreadsheet changed: " + changed);

        // The editions for people: the workbook keeps every digit, the page shows what is owed.
        List<Path> folders = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2026, 11, 1); !d.isAfter(LocalDate.of(2026, 11, 10)); d = d.plusDays(1)) {
            folders.add(out.resolve(d.toString()));
        }
        assertTrue(EditionsCheck.assertWorkbooksMatchTheCsvs(work, folders) > 1_000, "order ids compared digit for digit");
        HeadlessChromium browser = HeadlessChromium.installed();
        for (Path dayFolder : folders) {
            EditionsCheck.assertReportShowsTheSummary(browser, dayFolder);
        }
    }
}
