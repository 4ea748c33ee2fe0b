package com.pickupsettlement.reconcile;

import static com.pickupsettlement.reconcile.ReconcileFixtures.MSK1;
import static com.pickupsettlement.reconcile.ReconcileFixtures.MSK2;
import static com.pickupsettlement.reconcile.ReconcileFixtures.assertNothingSettled;
import static com.pickupsettlement.reconcile.ReconcileFixtures.event;
import static com.pickupsettlement.reconcile.ReconcileFixtures.exceptions;
import static com.pickupsettlement.reconcile.ReconcileFixtures.paid;
import static com.pickupsettlement.reconcile.ReconcileFixtures.parcel;
import static com.pickupsettlement.reconcile.ReconcileFixtures.run;
import static com.pickupsettlement.reconcile.ReconcileFixtures.settlement;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.pickupsettlement.support.DbTest;
import com.pickupsettlement.support.InboxBuilder;
import com.pickupsettlement.support.Pipeline;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rulebook 4, the tracking-keyed exceptions: each row carries the tracking number and the order
 * of the parcel's first accepted line (empty for a tracking number no manifest line has).
 */
@DbTest
class ParcelExceptionsTest {
    @TempDir
    Path work;

    @Test
    void unknownOrderHasOneRowPerLineAndClosesWhenTheOrderArrives() throws Exception {
        String order = "8100000000000201";
        String first = "SP0000000201RU";
        String second = "SP0000000211RU";
        try (Pipeline p = Pipeline.start(work)) {
            new InboxBuilder(p.inbox())
                    .day("2026-11-01", List.of(),
                            List.of(parcel(first, order, 1, 2, "30.10.2026 10:00", "1500,00"),
                                    parcel(second, order, 2, 2, "30.10.2026 10:00", "1500,00")),
                            List.of())
                    .quietDay("2026-11-02")
                    .day("2026-11-03", List.of(paid(order, "2026-10-29T11:00:00+03:00", "3000.00")), List.of(), List.of());

            run(p, "2026-11-01");
            assertEquals(List.of("UNKNOWN_ORDER,WARNING," + order + "," + first + ",2026-11-01,0",
                    "UNKNOWN_ORDER,WARNING," + order + "," + second + ",2026-11-01,0"), exceptions(p, "2026-11-01"));
            run(p, "2026-11-02");
            assertEquals(List.of("UNKNOWN_ORDER,WARNING," + order + "," + first + ",2026-11-01,1",
                    "UNKNOWN_ORDER,WARNING," + order + "," + second + ",2026-11-01,1"), exceptions(p, "2026-11-02"));
            run(p, "2026-11-03");
            assertEquals(List.of(), exceptions(p, "2026-11-03"), "the order arrived late");
        }
    }

    /**
     * DUPLICATE_TRACKING depends only on manifest lines, which are never withdrawn, and being
     * BLOCKING it keeps its orders from settling: once open it stays open. An order settled before
     * the second line arrived is not listed (rulebook 4: an exception needs an unsettled order).
     */
    @Test
    void duplicateTrackingListsEveryUnsettledOrderInvolvedAndStaysOpen() throws Exception {
        String first = "8100000000000202";
        String second = "8100000000000203";
        String settled = "8100000000000204";
        String latecomer = "8100000000000205";
        String shared = "SP0000000202RU";
        String reused = "SP0000000204RU";
        String orderTime = "2026-10-30T09:00:00+03:00";
        try (Pipeline p = Pipeline.start(work)) {
            new InboxBuilder(p.inbox())
                    .day("2026-11-01",
                            List.of(paid(first, orderTime, "1100.00"), paid(second, orderTime, "1100.00"),
                                    paid(settled, orderTime, "1400.00"), paid(latecomer, orderTime, "1400.00")),
                            List.of(parcel(shared, first, 1, 1, "31.10.2026 08:00", "1100,00"),
                                    parcel(shared, second, 1, 1, "31.10.2026 08:00", "1100,00"),
                                    parcel(reused, settled, 1, 1, "31.10.2026 08:00", "1400,00")),
                            List.of(event(reused, MSK1, "ARRIVED", "2026-11-01 09:00:00"),
                                    event(reused, MSK1, "HANDED_OVER", "2026-11-01 17:00:00")))
                    .day("2026-11-02", List.of(),
                            List.of(parcel(reused, latecomer, 1, 1, "01.11.2026 18:00", "1400,00")),
                            List.of(event(shared, MSK1, "ARRIVED", "2026-11-02 09:00:00"),
                                    event(shared, MSK1, "HANDED_OVER", "2026-11-02 11:00:00")))
                    .quietDay("2026-11-03");

            run(p, "2026-11-01");
            assertEquals(List.of("DUPLICATE_TRACKING,BLOCKING," + first + "," + shared + ",2026-11-01,0",
                    "DUPLICATE_TRACKING,BLOCKING," + second + "," + shared + ",2026-11-01,0"), exceptions(p, "2026-11-01"));
            assertEquals(1, settlement(p, "2026-11-01", "SPSR").size());
            run(p, "2026-11-02");
            assertEquals(List.of("DUPLICATE_TRACKING,BLOCKING," + first + "," + shared + ",2026-11-01,1",
                    "DUPLICATE_TRACKING,BLOCKING," + second + "," + shared + ",2026-11-01,1",
                    "DUPLICATE_TRACKING,BLOCKING," + latecomer + "," + reused + ",2026-11-02,0"), exceptions(p, "2026-11-02"));
            assertNothingSettled(p, "2026-11-02");
            run(p, "2026-11-03");
            assertEquals(List.of("DUPLICATE_TRACKING,BLOCKING," + first + "," + shared + ",2026-11-01,2",
                    "DUPLICATE_TRACKING,BLOCKING," + second + "," + shared + ",2026-11-01,2",
                    "DUPLICATE_TRACKING,BLOCKING," + latecomer + "," + reused + ",2026-11-02,1"), exceptions(p, "2026-11-03"));
            assertNothingSettled(p, "2026-11-03");
        }
    }

    @Test
    void unmanifestedParcelHasNoOrderAndClosesWhenItsManifestLineArrives() throws Exception {
        String order = "8100000000000206";
        String tracking = "SP0000000206RU";
        try (Pipeline p = Pipeline.start(work)) {
            new InboxBuilder(p.inbox())
                    .day("2026-11-01", List.of(paid(order, "2026-10-31T19:10:00+03:00", "780.00")), List.of(),
                            List.of(event(tracking, MSK1, "ARRIVED", "2026-11-01 09:00:00")))
                    .quietDay("2026-11-02")
                    .day("2026-11-03", List.of(), List.of(parcel(tracking, order, 1, 1, "27.10.2026 12:00", "780,00")),
                            List.of());

            run(p, "2026-11-01");
            assertEquals(List.of("UNMANIFESTED_PARCEL,WARNING,," + tracking + ",2026-11-01,0"), exceptions(p, "2026-11-01"));
            run(p, "2026-11-02");
            assertEquals(List.of("UNMANIFESTED_PARCEL,WARNING,," + tracking + ",2026-11-01,1"), exceptions(p, "2026-11-02"));
            run(p, "2026-11-03");
            assertEquals(List.of(), exceptions(p, "2026-11-03"));
        }
    }

    /**
     * WRONG_POINT needs the order's pickup point, so it opens only once the order is known (here
     * the order arrives after the parcel); events are never withdrawn and BLOCKING keeps the order
     * from settling, so once open it stays open.
     */
    @Test
    void wrongPointOpensWhenTheOrderBecomesKnownAndBlocksSettlement() throws Exception {
        String order = "8100000000000207";
        String tracking = "SP0000000207RU";
        try (Pipeline p = Pipeline.start(work)) {
            new InboxBuilder(p.inbox())
                    .day("2026-11-01", List.of(), List.of(parcel(tracking, order, 1, 1, "29.10.2026 10:00", "2150,00")),
                            List.of(event(tracking, MSK2, "ARRIVED", "2026-11-01 10:00:00")))
                    .day("2026-11-02", List.of(paid(order, "2026-10-28T22:40:00+03:00", "2150.00")), List.of(), List.of())
                    .day("2026-11-03", List.of(), List.of(),
                            List.of(event(tracking, MSK2, "HANDED_OVER", "2026-11-03 12:00:00")))
                    .quietDay("2026-11-04");

            run(p, "2026-11-01");
            assertEquals(List.of("UNKNOWN_ORDER,WARNING," + order + "," + tracking + ",2026-11-01,0"),
                    exceptions(p, "2026-11-01"));
            run(p, "2026-11-02");
            assertEquals(List.of("WRONG_POINT,BLOCKING," + order + "," + tracking + ",2026-11-02,0"),
                    exceptions(p, "2026-11-02"));
            run(p, "2026-11-03");
            assertEquals(List.of("WRONG_POINT,BLOCKING," + order + "," + tracking + ",2026-11-02,1"),
                    exceptions(p, "2026-11-03"));
            assertNothingSettled(p, "2026-11-03");
            run(p, "2026-11-04");
            assertEquals(List.of("WRONG_POINT,BLOCKING," + order + "," + tracking + ",2026-11-02,2"),
                    exceptions(p, "2026-11-04"));
            assertNothingSettled(p, "2026-11-04");
        }
    }

    @Test
    void lateArrivalOpensOnTheFirstArrivalAndClosesWhenAnEarlierArrivalIsReportedLate() throws Exception {
        String order = "8100000000000208";
        String tracking = "SP0000000208RU";
        try (Pipeline p = Pipeline.start(work)) {
            new InboxBuilder(p.inbox())
                    .day("2026-11-03", List.of(paid(order, "2026-10-23T14:00:00+03:00", "640.00")),
                            List.of(parcel(tracking, order, 1, 1, "25.10.2026 10:00", "640,00")),
                            List.of(event(tracking, MSK1, "ARRIVED", "2026-11-03 11:00:00")))
                    .quietDay("2026-11-04")
                    // the scan of the real arrival, 7 days 22 hours after dispatch, comes in late
                    .day("2026-11-05", List.of(), List.of(), List.of(event(tracking, MSK1, "ARRIVED", "2026-11-02 08:00:00")));

            run(p, "2026-11-03");
            assertEquals(List.of("LATE_ARRIVAL,WARNING," + order + "," + tracking + ",2026-11-03,0"),
                    exceptions(p, "2026-11-03"), "9 days 1 hour after dispatch");
            run(p, "2026-11-04");
            assertEquals(List.of("LATE_ARRIVAL,WARNING," + order + "," + tracking + ",2026-11-03,1"),
                    exceptions(p, "2026-11-04"));
            run(p, "2026-11-05");
            assertEquals(List.of(), exceptions(p, "2026-11-05"));
        }
    }

    @Test
    void overdueInTransitOpensOnceTheCutOffIsEightDaysAfterDispatchAndClosesOnArrival() throws Exception {
        String order = "8100000000000209";
        String tracking = "SP0000000209RU";
        try (Pipeline p = Pipeline.start(work)) {
            new InboxBuilder(p.inbox())
                    .day("2026-10-31", List.of(paid(order, "2026-10-21T10:30:00+03:00", "1320.00")),
                            List.of(parcel(tracking, order, 1, 1, "24.10.2026 14:00", "1320,00")), List.of())
                    .quietDay("2026-11-01")
                    .quietDay("2026-11-02")
                    // the arrival scan of 31 October (6 days 22 hours after dispatch) is reported late
                    .day("2026-11-03", List.of(), List.of(), List.of(event(tracking, MSK1, "ARRIVED", "2026-10-31 12:00:00")));

            run(p, "2026-10-31");
            assertEquals(List.of(), exceptions(p, "2026-10-31"), "cut-off 7 days 10 hours after dispatch");
            run(p, "2026-11-01");
            assertEquals(List.of("OVERDUE_IN_TRANSIT,WARNING," + order + "," + tracking + ",2026-11-01,0"),
                    exceptions(p, "2026-11-01"));
            run(p, "2026-11-02");
            assertEquals(List.of("OVERDUE_IN_TRANSIT,WARNING," + order + "," + tracking + ",2026-11-01,1"),
                    exceptions(p, "2026-11-02"));
            run(p, "2026-11-03");
            assertEquals(List.of(), exceptions(p, "2026-11-03"), "it had arrived within 8 days after all");
        }
    }

    @Test
    void unclaimedOpensFourteenDaysAfterArrivalAndClosesWhenCollected() throws Exception {
        String order = "8100000000000210";
        String tracking = "SP0000000210RU";
        try (Pipeline p = Pipeline.start(work)) {
            new InboxBuilder(p.inbox())
                    .day("2026-11-02", List.of(paid(order, "2026-10-13T12:00:00+03:00", "2750.00")),
                            List.of(parcel(tracking, order, 1, 1, "15.10.2026 10:00", "2750,00")),
                            List.of(event(tracking, MSK1, "ARRIVED", "2026-10-20 16:00:00")))
                    .quietDay("2026-11-03")
                    .quietDay("2026-11-04")
                    .day("2026-11-05", List.of(), List.of(),
                            List.of(event(tracking, MSK1, "HANDED_OVER", "2026-11-05 11:00:00")));

            run(p, "2026-11-02");
            assertEquals(List.of(), exceptions(p, "2026-11-02"), "cut-off 13 days 8 hours after arrival");
            run(p, "2026-11-03");
            assertEquals(List.of("UNCLAIMED,WARNING," + order + "," + tracking + ",2026-11-03,0"),
                    exceptions(p, "2026-11-03"));
            run(p, "2026-11-04");
            assertEquals(List.of("UNCLAIMED,WARNING," + order + "," + tracking + ",2026-11-03,1"),
                    exceptions(p, "2026-11-04"));
            run(p, "2026-11-05");
            assertEquals(List.of(), exceptions(p, "2026-11-05"));
            assertEquals(List.of("SHARE," + order + "," + tracking + ",MSK-01,2026-11-05T11:00:00+03:00,RUB,2750.00,3.5000,96.25,"),
                    settlement(p, "2026-11-05", "SPSR"));
        }
    }

    @Test
    void handoverWithoutArrivalOpensAndClosesWhenTheArrivalScanIsReportedLate() throws Exception {
        String order = "8100000000000211";
        String first = "SP0000000211RU";
        String second = "SP0000000221RU";
        try (Pipeline p = Pipeline.start(work)) {
            new InboxBuilder(p.inbox())
                    .day("2026-11-01", List.of(paid(order, "2026-10-27T10:00:00+03:00", "3600.00")),
                            List.of(parcel(first, order, 1, 2, "28.10.2026 10:00", "1800,00"),
                                    parcel(second, order, 2, 2, "28.10.2026 10:00", "1800,00")),
                            List.of(event(second, MSK1, "ARRIVED", "2026-11-01 10:00:00"),
                                    event(first, MSK1, "HANDED_OVER", "2026-11-01 15:00:00")))
                    .quietDay("2026-11-02")
                    .day("2026-11-03", List.of(), List.of(), List.of(event(first, MSK1, "ARRIVED", "2026-11-01 09:00:00")))
                    .day("2026-11-04", List.of(), List.of(),
                            List.of(event(second, MSK1, "HANDED_OVER", "2026-11-04 10:30:00")));

            run(p, "2026-11-01");
            assertEquals(List.of("HANDOVER_WITHOUT_ARRIVAL,WARNING," + order + "," + first + ",2026-11-01,0"),
                    exceptions(p, "2026-11-01"));
            run(p, "2026-11-02");
            assertEquals(List.of("HANDOVER_WITHOUT_ARRIVAL,WARNING," + order + "," + first + ",2026-11-01,1"),
                    exceptions(p, "2026-11-02"));
            run(p, "2026-11-03");
            assertEquals(List.of(), exceptions(p, "2026-11-03"));
            run(p, "2026-11-04");
            assertEquals(List.of(), exceptions(p, "2026-11-04"));
            assertEquals(List.of("SHARE," + order + "," + first + "|" + second
                            + ",MSK-01,2026-11-04T10:30:00+03:00,RUB,3600.00,3.5000,126.00,"),
                    settlement(p, "2026-11-04", "SPSR"));
        }
    }
}
