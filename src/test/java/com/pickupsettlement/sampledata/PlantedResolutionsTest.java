package com.pickupsettlement.sampledata;

import static com.pickupsettlement.sampledata.FeedRows.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pickupsettlement.sampledata.FeedRows.Rec;
import com.pickupsettlement.support.DbTest;
import com.pickupsettlement.support.Pipeline;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator's resolutions files through the real pipeline: 20 generated nights (the inbox
 * IncrementalScopeTest catches up) and every planted row ends as the generator meant it to
 * (accepted, duplicate, or rejected with the rulebook 9 reason it was planted for), the counts
 * of each file tie, and a released WRONG_POINT meant to settle that night does.
 */
@DbTest
class PlantedResolutionsTest {
    private static final LocalDate FIRST = LocalDate.of(2026, 11, 2);
    private static final int NIGHTS = 20;

    @TempDir
    Path work;

    @Test
    void everyPlantedResolutionRowGetsItsIntendedOutcome() throws Exception {
        List<ResolutionsFeed.Planted> planted = new ArrayList<>();
        InboxGenerator.generate(work.resolve("inbox"), new InboxGenerator.Options(FIRST, NIGHTS, 300, 77, true),
                planted::add);
        Map<LocalDate, List<ResolutionsFeed.Planted>> byDate = planted.stream()
                .collect(Collectors.groupingBy(ResolutionsFeed.Planted::date, TreeMap::new, Collectors.toList()));
        assertEquals(6, byDate.size(), "every third night from the third: " + byDate.keySet());

        Set<String> outcomes = new TreeSet<>();
        int settledTonight = 0;
        try (Pipeline p = Pipeline.start(work)) {
            assertEquals(0, p.command("catch-up", "--to", FIRST.plusDays(NIGHTS - 1).toString()));
            for (var entry : byDate.entrySet()) {
                LocalDate date = entry.getKey();
                String stamp = date.format(DateTimeFormatter.BASIC_ISO_DATE);
                Path folder = p.folder(date.toString());
                Set<String> accepted = new TreeSet<>();
                for (Rec r : rows(read(folder.resolve("resolutions_" + stamp + ".csv")), ',')) {
                    List<String> c = r.cells();
                    accepted.add(String.join("|", c.get(0), c.get(1), c.get(3), c.get(4)));
                }
                Map<Integer, String> rejected = new HashMap<>();
                for (Rec r : rows(read(folder.resolve("rejects_" + stamp + ".csv")), ',')) {
                    if (r.cells().get(0).equals("resolutions")) {
                        rejected.put(Integer.parseInt(r.cells().get(2)), r.cells().get(3));
                    }
                }
                String settlement = read(folder.resolve("settlement_SPSR_" + stamp + ".csv"));
                int[] want = new int[3];
                for (ResolutionsFeed.Planted row : entry.getValue()) {
                    String where = date + " line " + row.line() + " " + row;
                    outcomes.add(row.outcome());
                    switch (row.outcome()) {
                        case ResolutionsFeed.ACCEPTED -> {
                            want[0]++;
                            assertTrue(accepted.contains(String.join("|", row.action(), row.type(), row.orderId(),
                                    row.tracking())), "accepted: " + where + " in " + accepted);
                            assertEquals(null, rejected.get(row.line()), where);
                        }
                        case ResolutionsFeed.DUPLICATE -> {
                            want[1]++;
                            assertEquals(null, rejected.get(row.line()), where);
                        }
                        default -> {
                            want[2]++;
                            assertEquals(row.outcome(), rejected.get(row.line()), where);
                        }
                    }
                    if (row.settlesTonight()) {
                        settledTonight++;
                        assertTrue(settlement.contains("\nSHARE," + row.orderId() + ","),
                                "released tonight, settled tonight: " + where);
                    }
                }
                assertEquals(want[0], accepted.size(), date + ": nothing accepted beyond what was meant");
                List<Integer> counts = p.jdbc().queryForList("SELECT unnest(ARRAY[read, accepted, duplicates, rejected]) "
                        + "FROM feed_file WHERE file_name = ?", Integer.class, "resolutions_" + stamp + ".csv");
                assertEquals(List.of(entry.getValue().size(), want[0], want[1], want[2]), counts, date + " counts");
            }
        }
        assertEquals(Set.of("accepted", "duplicate", "wrong column count", "missing field", "unknown code",
                "bad format (type)", "bad format (order_id)", "bad format (tracking_number)", "field too long",
                "not open", "conflicting resolution"), outcomes);
        assertTrue(settledTonight >= 1, "some released order settles the night it is released");
    }

    private static String read(Path file) throws Exception {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
