package com.pickupsettlement.reconcile;

import static com.pickupsettlement.reconcile.ReconcileFixtures.MSK1;
import static com.pickupsettlement.reconcile.ReconcileFixtures.assertNothingSettled;
import static com.pickupsettlement.reconcile.ReconcileFixtures.event;
import static com.pickupsettlement.reconcile.ReconcileFixtures.exceptions;
import static com.pickupsettlement.reconcile.ReconcileFixtures.order;
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

/** Rulebook 3 rule 4 and 4: WARNINGs never hold an order back, BLOCKING ones do while they hold. */
@DbTest
class SettlementInterplayTest {
    @TempDir
    Path work;

    @Test
    void anOrderWithOnlyWarningsSettlesAndItsExceptionsDisappearThatDay() throws Exception {
        String order = "8100000000000401";
        String tracking = "SP0000000401RU";
        try (Pipeline p = Pipeline.start(work)) {
            new InboxBuilder(p.inbox())
                    .day("2026-11-01", List.of(paid(order, "2026-10-18T09:15:00+03:00", "2499.90")),
                            List.of(parcel(tracking, order, 1, 1, "20.10.2026 10:00", "2000,00")),
                            List.of(event(tracking, MSK1, "ARRIVED", "2026-10-30 12:00:00")))
                    .day("2026-11-02", List.of(), List.of(),
                            List.of(event(tracking, MSK1, "HANDED_OVER", "2026-11-02 14:25:10")))
                    .quietDay("2026-11-03");

            run(p, "2026-11-01");
            assertEquals(List.of("LATE_ARRIVAL,WARNING," + order + "," + tracking + ",2026-11-01,0",
                    "VALUE_MISMATCH,WARNING," + order + ",,2026-11-01,0"), exceptions(p, "2026-11-01"));
            assertNothingSettled(p, "2026-11-01");

            run(p, "2026-11-02");
            String common = "SHARE," + order + "," + tracking + ",MSK-01,2026-11-02T14:25:10+03:00,RUB,2499.90,";
            assertEquals(List.of(common + "95.0000,2374.90,"), settlement(p, "2026-11-02", "ALIEXPRESS"));
            assertEquals(List.of(common + "1.5000,37.50,"), settlement(p, "2026-11-02", "CSL"));
            assertEquals(List.of(common + "3.5000,87.50,"), settlement(p, "2026-11-02", "SPSR"));
            assertEquals(List.of(), exceptions(p, "2026-11-02"), "settled today: its warnings are gone");

            run(p, "2026-11-03");
            assertEquals(List.of(), exceptions(p, "2026-11-03"));
            assertNothingSettled(p, "2026-11-03");
        }
    }

    @Test
    void partialCollectionHoldsTheOrderBackUntilTheRefusedParcelIsCollectedAfterAll() throws Exception {
        String order = "8100000000000402";
        String first = "SP0000000402RU";
        String second = "SP0000000412RU";
        try (Pipeline p = Pipeline.start(work)) {
            new InboxBuilder(p.inbox())
                    .day("2026-11-01", List.of(paid(order, "2026-10-27T21:00:00+03:00", "4800.00")),
                            List.of(parcel(first, order, 1, 2, "28.10.2026 10:00", "2400,00"),
                                    parcel(second, order, 2, 2, "28.10.2026 10:00", "2400,00")),
                            List.of(event(first, MSK1, "ARRIVED", "2026-11-01 09:00:00"),
                                    event(second, MSK1, "ARRIVED", "2026-11-01 09:01:00"),
                                    event(first, MSK1, "HANDED_OVER", "2026-11-01 12:00:00"),
                                    event(second, MSK1, "REFUSED", "2026-11-01 12:05:00")))
                    .quietDay("2026-11-02")
                    .day("2026-11-03", List.of(), List.of(),
                            List.of(event(second, MSK1, "HANDED_OVER", "2026-11-03 10:00:00")));

            run(p, "2026-11-01");
            assertEquals(List.of("PARTIAL_COLLECTION,BLOCKING," + order + ",,2026-11-01,0"), exceptions(p, "2026-11-01"));
            assertNothingSettled(p, "2026-11-01");
            run(p, "2026-11-02");
            assertEquals(List.of("PARTIAL_COLLECTION,BLOCKING," + order + ",,2026-11-01,1"), exceptions(p, "2026-11-02"));
            assertNothingSettled(p, "2026-11-02");
            run(p, "2026-11-03");
            assertEquals(List.of(), exceptions(p, "2026-11-03"));
            assertEquals(List.of("SHARE," + order + "," + first + "|" + second
                            + ",MSK-01,2026-11-03T10:00:00+03:00,RUB,4800.00,3.5000,168.00,"),
                    settlement(p, "2026-11-03", "SPSR"));
        }
    }

    @Test
    void collectedAfterCancelHoldsTheOrderBackUntilTheOrderIsPaidAgain() throws Exception {
        String order = "8100000000000403";
        String tracking = "SP0000000403RU";
        String orderTime = "2026-10-27T11:11:00+03:00";
        try (Pipeline p = Pipeline.start(work)) {
            new InboxBuilder(p.inbox())
                    .day("2026-11-01",
                            List.of(paid(order, orderTime, "1200.00"),
                                    order(order, orderTime, "1200.00", "CANCELLED", "2026-10-31T20:00:00+03:00")),
                            List.of(parcel(tracking, order, 1, 1, "28.10.2026 10:00", "1200,00")),
                            List.of(event(tracking, MSK1, "ARRIVED", "2026-11-01 09:30:00"),
                                    event(tracking, MSK1, "HANDED_OVER", "2026-11-01 15:00:00")))
                    .day("2026-11-02", List.of(order(order, orderTime, "1200.00", "PAID", "2026-11-02T10:00:00+03:00")),
                            List.of(), List.of());

            run(p, "2026-11-01");
            assertEquals(List.of("COLLECTED_AFTER_CANCEL,BLOCKING," + order + ",,2026-11-01,0"), exceptions(p, "2026-11-01"));
            assertNothingSettled(p, "2026-11-01");
            run(p, "2026-11-02");
            assertEquals(List.of(), exceptions(p, "2026-11-02"));
            assertEquals(List.of("SHARE," + order + "," + tracking + ",MSK-01,2026-11-01T15:00:00+03:00,RUB,1200.00,3.5000,42.00,"),
                    settlement(p, "2026-11-02", "SPSR"), "settled the day the cancellation was withdrawn");
        }
    }

    @Test
    void aSettledOrderRefundedLaterIsReversedAndOpensNoException() throws Exception {
        String order = "8100000000000404";
        String tracking = "SP0000000404RU";
        String orderTime = "2026-10-28T07:45:00+03:00";
        try (Pipeline p = Pipeline.start(work)) {
            new InboxBuilder(p.inbox())
                    .day("2026-11-01", List.of(paid(order, orderTime, "2000.00")),
                            List.of(parcel(tracking, order, 1, 1, "29.10.2026 10:00", "2000,00")),
                            List.of(event(tracking, MSK1, "ARRIVED", "2026-11-01 10:00:00"),
                                    event(tracking, MSK1, "HANDED_OVER", "2026-11-01 16:00:00")))
                    .day("2026-11-02", List.of(order(order, orderTime, "2000.00", "REFUNDED", "2026-11-02T09:00:00+03:00")),
                            List.of(), List.of());

            run(p, "2026-11-01");
            assertEquals(List.of("SHARE," + order + "," + tracking + ",MSK-01,2026-11-01T16:00:00+03:00,RUB,2000.00,3.5000,70.00,"),
                    settlement(p, "2026-11-01", "SPSR"));
            run(p, "2026-11-02");
            assertEquals(List.of("REVERSAL," + order + "," + tracking
                            + ",MSK-01,2026-11-01T16:00:00+03:00,RUB,-2000.00,3.5000,-70.00,2026-11-01"),
                    settlement(p, "2026-11-02", "SPSR"));
            assertEquals(List.of(), exceptions(p, "2026-11-02"),
                    "refunded and handed over, but settled: COLLECTED_AFTER_CANCEL needs an unsettled order");
        }
    }
}
