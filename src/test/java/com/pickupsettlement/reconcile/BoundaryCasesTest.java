package com.pickupsettlement.reconcile;

import static com.pickupsettlement.reconcile.ReconcileFixtures.MSK1;
import static com.pickupsettlement.reconcile.ReconcileFixtures.assertNothingSettled;
import static com.pickupsettlement.reconcile.ReconcileFixtures.event;
import static com.pickupsettlement.reconcile.ReconcileFixtures.exceptions;
import static com.pickupsettlement.reconcile.ReconcileFixtures.order;
import static com.pickupsettlement.reconcile.ReconcileFixtures.paid;
import static com.pickupsettlement.reconcile.ReconcileFixtures.parcel;
import static com.pickupsettlement.reconcile.ReconcileFixtures.rejects;
import static com.pickupsettlement.reconcile.ReconcileFixtures.run;
import static com.pickupsettlement.reconcile.ReconcileFixtures.settlement;
import static com.pickupsettlement.reconcile.ReconcileFixtures.settlementLinesOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.pickupsettlement.support.DbTest;
import com.pickupsettlement.support.InboxBuilder;
import com.pickupsettlement.support.Pipeline;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The edges of rulebook 1, 2.3 and 4: cut-off instants, exact SLA durations, calendar dates in Moscow. */
@DbTest
class BoundaryCasesTest {
    @TempDir
    Path work;

    @Test
    void anEventAt235959BelongsToTheDateAndOneAtMidnightIsRejectedAsInTheFuture() throws Exception {
        String lastSecond = "8100000000000301";
        String midnight = "8100000000000302";
        String lastSecondParcel = "SP0000000301RU";
        String midnightParcel = "SP0000000302RU";
        String orderTime = "2026-10-31T12:00:00+03:00";
        String midnightHandover = event(midnightParcel, MSK1, "HANDED_OVER", "2026-11-06 00:00:00");
        try (Pipeline p = Pipeline.start(work)) {
            new InboxBuilder(p.inbox())
                    .day("2026-11-05", List.of(paid(lastSecond, orderTime, "1999.00"), paid(midnight, orderTime, "1500.00")),
                            List.of(parcel(lastSecondParcel, lastSecond, 1, 1, "01.11.2026 10:00", "1999,00"),
                                    parcel(midnightParcel, midnight, 1, 1, "01.11.2026 10:00", "1500,00")),
                            List.of(event(lastSecondParcel, MSK1, "ARRIVED", "2026-11-05 10:00:00"),
                                    event(midnightParcel, MSK1, "ARRIVED", "2026-11-05 11:00:00"),
                                    event(lastSecondParcel, MSK1, "HANDED_OVER", "2026-11-05 23:59:59"),
                                    midnightHandover))
                    // the centre sends the midnight hand-over again with the next day's file
                    .day("2026-11-06", List.of(), List.of(), List.of(midnightHandover));

            run(p, "2026-11-05");
            assertEquals(List.of(List.of("pickups", "pickups_20261105.csv", "5", "event in the future", midnightHandover)),
                    rejects(p, "2026-11-05"));
            assertEquals(List.of("SHARE," + lastSecond + "," + lastSecondParcel
                            + ",MSK-01,2026-11-05T23:59:59+03:00,RUB,1999.00,3.5000,69.96,"),
                    settlement(p, "2026-11-05", "SPSR"), "23:59:59 is still the 5th: settled on the 5th");
            assertEquals(List.of(), exceptions(p, "2026-11-05"));

            run(p, "2026-11-06");
            assertEquals(List.of(), rejects(p, "2026-11-06"));
            assertEquals(List.of("SHARE," + midnight + "," + midnightParcel
                            + ",MSK-01,2026-11-06T00:00:00+03:00,RUB,1500.00,3.5000,52.50,"),
                    settlement(p, "2026-11-06", "SPSR"));
            assertEquals(List.of(), exceptions(p, "2026-11-06"));
        }
    }

    @Test
    void lateArrivalNeedsMoreThanExactly192Hours() throws Exception {
        String onTime = "8100000000000303";
        String late = "8100000000000304";
        String onTimeParcel = "SP0000000303RU";
        String lateParcel = "SP0000000304RU";
        String orderTime = "2026-10-31T09:00:00+03:00";
        try (Pipeline p = Pipeline.start(work)) {
            new InboxBuilder(p.inbox())
                    .day("2026-11-09", List.of(paid(onTime, orderTime, "870.00"), paid(late, orderTime, "870.00")),
                            List.of(parcel(onTimeParcel, onTime, 1, 1, "01.11.2026 10:00", "870,00"),
                                    parcel(lateParcel, late, 1, 1, "01.11.2026 10:00", "870,00")),
                            List.of(event(onTimeParcel, MSK1, "ARRIVED", "2026-11-09 10:00:00"),
                                    event(lateParcel, MSK1, "ARRIVED", "2026-11-09 10:01:00")));

            run(p, "2026-11-09");
            assertEquals(List.of("LATE_ARRIVAL,WARNING," + late + "," + lateParcel + ",2026-11-09,0"),
                    exceptions(p, "2026-11-09"), "192 h is on time, 192 h + 1 min is late");
        }
    }

    @Test
    void overdueInTransitNeedsMoreThanExactly192HoursBetweenDispatchAndTheCutOff() throws Exception {
        String exact = "8100000000000306";
        String overdue = "8100000000000307";
        String exactParcel = "SP0000000306RU";
        String overdueParcel = "SP0000000307RU";
        String orderTime = "2026-10-30T09:00:00+03:00";
        try (Pipeline p = Pipeline.start(work)) {
            new InboxBuilder(p.inbox())
                    .day("2026-11-08", List.of(paid(exact, orderTime, "450.00"), paid(overdue, orderTime, "450.00")),
                            List.of(parcel(exactParcel, exact, 1, 1, "02.11.2026 00:00", "450,00"),
                                    parcel(overdueParcel, overdue, 1, 1, "01.11.2026 23:59", "450,00")),
                            List.of())
                    .quietDay("2026-11-09")
                    .quietDay("2026-11-10");

            run(p, "2026-11-08");
            assertEquals(List.of(), exceptions(p, "2026-11-08"));
            run(p, "2026-11-09");
            assertEquals(List.of("OVERDUE_IN_TRANSIT,WARNING," + overdue + "," + overdueParcel + ",2026-11-09,0"),
                    exceptions(p, "2026-11-09"), "cut-off 2026-11-10 00:00 Moscow: exactly 192 h vs 192 h + 1 min");
            run(p, "2026-11-10");
            assertEquals(List.of("OVERDUE_IN_TRANSIT,WARNING," + exact + "," + exactParcel + ",2026-11-10,0",
                    "OVERDUE_IN_TRANSIT,WARNING," + overdue + "," + overdueParcel + ",2026-11-09,1"),
                    exceptions(p, "2026-11-10"));
        }
    }

    @Test
    void aMultiParcelOrderWithOneLateParcelListsOnlyThatParcelAndSettlesOnceAllAreCollected() throws Exception {
        String order = "8100000000000308";
        String early = "SP0000000308RU";
        String late = "SP0000000318RU";
        try (Pipeline p = Pipeline.start(work)) {
            new InboxBuilder(p.inbox())
                    .day("2026-11-09", List.of(paid(order, "2026-10-31T13:00:00+03:00", "3500.00")),
                            List.of(parcel(early, order, 1, 2, "01.11.2026 10:00", "1750,00"),
                                    parcel(late, order, 2, 2, "01.11.2026 10:00", "1750,00")),
                            List.of(event(early, MSK1, "ARRIVED", "2026-11-07 12:00:00"),
                                    event(late, MSK1, "ARRIVED", "2026-11-09 12:00:00")))
                    .day("2026-11-10", List.of(), List.of(),
                            List.of(event(early, MSK1, "HANDED_OVER", "2026-11-10 10:00:00")))
                    .day("2026-11-11", List.of(), List.of(),
                            List.of(event(late, MSK1, "HANDED_OVER", "2026-11-11 16:20:00")));

            run(p, "2026-11-09");
            assertEquals(List.of("LATE_ARRIVAL,WARNING," + order + "," + late + ",2026-11-09,0"), exceptions(p, "2026-11-09"));
            run(p, "2026-11-10");
            assertEquals(List.of("LATE_ARRIVAL,WARNING," + order + "," + late + ",2026-11-09,1"), exceptions(p, "2026-11-10"));
            assertNothingSettled(p, "2026-11-10");
            run(p, "2026-11-11");
            assertEquals(List.of(), exceptions(p, "2026-11-11"));
            assertEquals(List.of("SHARE," + order + "," + early + "|" + late
                            + ",MSK-01,2026-11-11T16:20:00+03:00,RUB,3500.00,3.5000,122.50,"),
                    settlement(p, "2026-11-11", "SPSR"));
        }
    }

    @Test
    void aDuplicateTrackingNumberBlocksBothOrders() throws Exception {
        String first = "8100000000000309";
        String second = "8100000000000310";
        String clean = "8100000000000311";
        String shared = "SP0000000309RU";
        String cleanParcel = "SP0000000311RU";
        String orderTime = "2026-10-29T17:00:00+03:00";
        try (Pipeline p = Pipeline.start(work)) {
            new InboxBuilder(p.inbox())
                    .day("2026-11-01",
                            List.of(paid(first, orderTime, "2300.00"), paid(second, orderTime, "1700.00"),
                                    paid(clean, orderTime, "900.00")),
                            List.of(parcel(shared, first, 1, 1, "30.10.2026 10:00", "2300,00"),
                                    parcel(shared, second, 1, 1, "30.10.2026 10:00", "1700,00"),
                                    parcel(cleanParcel, clean, 1, 1, "30.10.2026 10:00", "900,00")),
                            List.of(event(shared, MSK1, "ARRIVED", "2026-11-01 09:00:00"),
                                    event(cleanParcel, MSK1, "ARRIVED", "2026-11-01 09:05:00"),
                                    event(shared, MSK1, "HANDED_OVER", "2026-11-01 12:00:00"),
                                    event(cleanParcel, MSK1, "HANDED_OVER", "2026-11-01 12:30:00")))
                    .quietDay("2026-11-02");

            run(p, "2026-11-01");
            assertEquals(List.of("DUPLICATE_TRACKING,BLOCKING," + first + "," + shared + ",2026-11-01,0",
                    "DUPLICATE_TRACKING,BLOCKING," + second + "," + shared + ",2026-11-01,0"), exceptions(p, "2026-11-01"));
            assertEquals(List.of(), settlementLinesOf(p, "2026-11-01", first));
            assertEquals(List.of(), settlementLinesOf(p, "2026-11-01", second));
            assertEquals(List.of("SHARE," + clean + "," + cleanParcel + ",MSK-01,2026-11-01T12:30:00+03:00,RUB,900.00,3.5000,31.50,"),
                    settlement(p, "2026-11-01", "SPSR"), "the clean order of the same day settles");
            run(p, "2026-11-02");
            assertEquals(List.of("DUPLICATE_TRACKING,BLOCKING," + first + "," + shared + ",2026-11-01,1",
                    "DUPLICATE_TRACKING,BLOCKING," + second + "," + shared + ",2026-11-01,1"), exceptions(p, "2026-11-02"));
            assertNothingSettled(p, "2026-11-02");
        }
    }

    /**
     * 01:30 at +08:00 on the 6th is 20:30 Moscow on the 5th; 22:30 UTC on the 4th is 01:30 Moscow
     * on the 5th. Both are due at D = 5th + 5 = the 10th, not earlier (UTC date) or later (local date).
     */
    @Test
    void notShippedComparesTheMoscowDateOfOrderTimeWithDMinus5() throws Exception {
        String fromShanghai = "8100000000000312";
        String fromUtc = "8100000000000313";
        try (Pipeline p = Pipeline.start(work)) {
            new InboxBuilder(p.inbox())
                    .day("2026-11-09", List.of(paid(fromShanghai, "2026-11-06T01:30:00+08:00", "1560.00"),
                            order(fromUtc, "2026-11-04T22:30:00Z", "2840.50", "PAID", "2026-11-04T22:31:00Z")),
                            List.of(), List.of())
                    .quietDay("2026-11-10")
                    .quietDay("2026-11-11");

            run(p, "2026-11-09");
            assertEquals(List.of(), exceptions(p, "2026-11-09"));
            run(p, "2026-11-10");
            assertEquals(List.of("NOT_SHIPPED,WARNING," + fromShanghai + ",,2026-11-10,0",
                    "NOT_SHIPPED,WARNING," + fromUtc + ",,2026-11-10,0"), exceptions(p, "2026-11-10"));
            run(p, "2026-11-11");
            assertEquals(List.of("NOT_SHIPPED,WARNING," + fromShanghai + ",,2026-11-10,1",
                    "NOT_SHIPPED,WARNING," + fromUtc + ",,2026-11-10,1"), exceptions(p, "2026-11-11"));
        }
    }

    @Test
    void valueMismatchNeedsMoreThanOnePercentOfTheAmount() throws Exception {
        String under = "8100000000000314";
        String over = "8100000000000315";
        String above = "8100000000000316";
        String orderTime = "2026-10-30T11:00:00+03:00";
        try (Pipeline p = Pipeline.start(work)) {
            new InboxBuilder(p.inbox())
                    .day("2026-11-01",
                            List.of(paid(under, orderTime, "1000.00"), paid(over, orderTime, "1000.00"),
                                    paid(above, orderTime, "1000.00")),
                            List.of(parcel("SP0000000314RU", under, 1, 1, "31.10.2026 10:00", "990,00"),
                                    parcel("SP0000000315RU", over, 1, 1, "31.10.2026 10:00", "989,99"),
                                    parcel("SP0000000316RU", above, 1, 1, "31.10.2026 10:00", "1010,00")),
                            List.of());

            run(p, "2026-11-01");
            assertEquals(List.of("VALUE_MISMATCH,WARNING," + over + ",,2026-11-01,0"), exceptions(p, "2026-11-01"),
                    "off by exactly 10.00 (1 %) is tolerated, 10.01 is not");
        }
    }
}
