package com.pickupsettlement.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pickupsettlement.domain.ExceptionType;
import com.pickupsettlement.e2e.OutputFolders;
import com.pickupsettlement.sampledata.InboxGenerator;
import com.pickupsettlement.support.DbTest;
import com.pickupsettlement.support.Pipeline;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A night re-evaluates only what changed since the previous date. That must never show:
 * generated nights (anomalies on: late data, cancellations after settlement, every SLA clock,
 * finance's resolutions files every third night) are
 * caught up twice, once with every night FULL and once INCREMENTAL, and every output file, every
 * row of the exception history and every parcel status must come out the same.
 */
@DbTest
class IncrementalScopeTest {
    private static final LocalDate FIRST = LocalDate.of(2026, 11, 2);
    private static final int NIGHTS = 20;
    private static final String LAST = FIRST.plusDays(NIGHTS - 1).toString();

    @TempDir
    Path tmp;

    @Test
    void incrementalNightsGiveTheSameOutputsHistoryAndParcelStatusesAsFullOnes() throws Exception {
        Night full = catchUp(tmp.resolve("full"), "FULL");
        Night incremental = catchUp(tmp.resolve("incremental"), "INCREMENTAL");

        assertEquals(List.of("full:" + NIGHTS), full.kinds(), "forced FULL every night");
        assertEquals(List.of("full:1", "incremental:" + (NIGHTS - 1)), incremental.kinds(),
                "only the first date needs a full re-evaluation");
        for (int i = 0; i < NIGHTS; i++) {
            String date = FIRST.plusDays(i).toString();
            OutputFolders.assertIdentical(full.out().resolve(date), incremental.out().resolve(date), "of " + date);
        }
        assertEquals(full.history(), incremental.history(), "exception history (first_seen, closed_on, detail)");
        assertEquals(full.parcels(), incremental.parcels(), "parcel statuses kept from night to night");
        assertEquals(full.settled(), incremental.settled(), "settled and reversed orders");
        assertEquals(full.resolutions(), incremental.resolutions(), "resolutions applied and ended (rulebook 9)");
        assertTrue(full.resolutions().size() >= 20, "the generated resolutions files were applied: " + full.resolutions());
        assertTrue(full.resolutions().stream().anyMatch(r -> r.contains("|CONDITION") || r.contains("|SETTLED")),
                "some resolutions ended: " + full.resolutions());

        // The comparison means something only if the nights opened and closed many kinds of exception.
        Set<String> types = new TreeSet<>();
        Set<String> closedTypes = new TreeSet<>();
        for (String row : full.history()) {
            String[] cells = row.split("\\|", -1);
            types.add(cells[0]);
            if (!cells[5].equals("null")) {
                closedTypes.add(cells[0]);
            }
        }
        assertTrue(types.size() >= ExceptionType.values().length - 3, "exception types seen: " + types);
        assertTrue(closedTypes.size() >= 8, "exception types closed again: " + closedTypes);
        assertEquals(List.of(), rowsUnlikeTheirDefinition(full.history()),
                "rows whose severity or key differs from their type's definition");
    }

    /** Rulebook 8's identity, from ExceptionType: an ORDER row has no tracking number, any other has one. */
    private static List<String> rowsUnlikeTheirDefinition(List<String> history) {
        List<String> wrong = new ArrayList<>();
        for (String row : history) {
            String[] cells = row.split("\\|", -1);
            ExceptionType type = ExceptionType.valueOf(cells[0]);
            boolean orderKeyed = type.key() == ExceptionType.Key.ORDER;
            if (!cells[1].equals(type.severity().name()) || orderKeyed != cells[3].isEmpty()) {
                wrong.add(row);
            }
        }
        return wrong;
    }

    @Test
    void aChangeOfSlaFiguresMakesTheNextNightFullAndTheOneAfterIncrementalAgain() throws Exception {
        Path work = tmp.resolve("sla");
        InboxGenerator.generate(work.resolve("inbox"), new InboxGenerator.Options(FIRST, 4, 50, 5, true));
        try (Pipeline p = Pipeline.start(work)) {
            assertEquals(0, p.command("catch-up", "--to", FIRST.plusDays(1).toString()));
        }
        try (Pipeline p = Pipeline.start(work, "settlement.sla.transit=144h")) {
            assertEquals(0, p.command("catch-up", "--to", FIRST.plusDays(3).toString()));
            assertEquals(List.of(true, false, true, false), p.jdbc().queryForList(
                    "SELECT full_scope FROM reconcile_run ORDER BY business_date", Boolean.class));
        }
    }

    private record Night(Path out, List<String> kinds, List<String> history, List<String> parcels,
                         List<String> settled, List<String> resolutions) {
    }

    /** Generates the nights (the same bytes each time: the generator is seeded) and catches them up. */
    private static Night catchUp(Path work, String scope) throws IOException {
        InboxGenerator.generate(work.resolve("inbox"), new InboxGenerator.Options(FIRST, NIGHTS, 300, 77, true));
        try (Pipeline p = Pipeline.start(work, "settlement.reconcile.scope=" + scope)) {
            assertEquals(0, p.command("catch-up", "--to", LAST), scope + " catch-up");
            return new Night(p.out(),
                    rows(p, "SELECT CASE WHEN full_scope THEN 'full' ELSE 'incremental' END || ':' || count(*) "
                            + "FROM reconcile_run GROUP BY full_scope ORDER BY full_scope DESC"),
                    rows(p, "SELECT concat_ws('|', type, severity, order_id, tracking_number, first_seen, "
                            + "coalesce(closed_on::text, 'null'), detail) FROM exception_case "
                            + "ORDER BY type, order_id, tracking_number, first_seen"),
                    rows(p, "SELECT concat_ws('|', tracking_number, status, status_time) FROM work_parcel_status "
                            + "ORDER BY tracking_number"),
                    rows(p, "SELECT concat_ws('|', order_id, settlement_date, collected_at, reversed_on) "
                            + "FROM settled_order ORDER BY order_id"),
                    rows(p, "SELECT concat_ws('|', business_date, line_number, action, type, severity, order_id, "
                            + "tracking_number, first_seen, ended_on, ended_because) FROM resolution "
                            + "ORDER BY business_date, line_number"));
        }
    }

    private static List<String> rows(Pipeline p, String sql) {
        return new ArrayList<>(p.jdbc().queryForList(sql, String.class));
    }
}
