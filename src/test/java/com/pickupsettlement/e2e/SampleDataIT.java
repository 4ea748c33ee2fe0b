package com.pickupsettlement.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pickupsettlement.support.JarTest;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first command: catch-up over the bundled sample inbox. Every output file of the
 * eight nights, the workbooks and pages included, is checked in
 * (src/test/resources/sample-expected) and compared byte for byte,
 * and the refunds after settlement net each order to zero across parties and days.
 */
@JarTest
class SampleDataIT {
    private static final Path EXPECTED = Path.of("src/test/resources/sample-expected");

    @TempDir
    Path work;

    @Test
    void sampleInbox_WhenCaughtUp_ThenEveryFileMatchesTheCheckedInOutputs() throws Exception {
        PickupJar jar = new PickupJar(work);
        PickupJar.Result r = jar.run("catch-up", "--inbox", Path.of("sample-data").toAbsolutePath().toString(),
                "--out", "out", "--to", "2026-11-09");
        assertEquals(0, r.exitCode(), r.all());
        assertTrue(r.stdout().contains("caught up: 8 date(s) completed"), r.stdout());
        Path out = work.resolve("out");
        for (String day : OutputFolders.names(EXPECTED)) {
            assertEquals(OutputFolders.names(EXPECTED.resolve(day)), OutputFolders.names(out.resolve(day)), day);
            for (String name : OutputFolders.names(EXPECTED.resolve(day))) {
                Path want = EXPECTED.resolve(day).resolve(name);
                Path got = out.resolve(day).resolve(name);
                if (name.endsWith(".csv")) {
                    assertEquals(Files.readString(want), Files.readString(got), day + "/" + name); // a readable diff
                }
                assertEquals(-1L, Files.mismatch(want, got), day + "/" + name + " byte for byte");
            }
            OutputFolders.assertChecksums(out.resolve(day));
        }
        assertReversalsNetToZero(out);
    }

    /** Rulebook 5: a reversed order's lines, summed over every party and day, come to zero. */
    private static void assertReversalsNetToZero(Path out) throws Exception {
        Map<String, BigDecimal> shareByOrder = new HashMap<>();
        Map<String, BigDecimal> revenueByOrder = new HashMap<>();
        Set<String> reversed = new HashSet<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(out)) {
            files = s.filter(p -> p.getFileName().toString().startsWith("settlement_")
                    && p.getFileName().toString().endsWith(".csv")).toList();
        }
        for (Path f : files) {
            for (String line : Files.readAllLines(f).subList(1, Files.readAllLines(f).size())) {
                String[] c = line.split(",", -1);
                String order = c[1];
                shareByOrder.merge(order, new BigDecimal(c[8]), BigDecimal::add);
                revenueByOrder.merge(order + "/" + f.getFileName().toString().split("_")[1], new BigDecimal(c[6]),
                        BigDecimal::add);
                if (c[0].equals("REVERSAL")) {
                    reversed.add(order);
                }
            }
        }
        assertTrue(reversed.size() >= 5, "the sample has refunds after settlement: " + reversed);
        for (String order : reversed) {
            assertEquals(0, shareByOrder.get(order).signum(), "order " + order + " nets to " + shareByOrder.get(order));
        }
    }
}
