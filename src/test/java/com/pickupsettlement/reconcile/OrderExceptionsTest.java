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

/**
 * Rulebook 4, the order-keyed exceptions (tracking_number empty): each opens on a date, ages, and
 * closes when its condition no longer holds or the order settles.
 */
@DbTest
class OrderExceptionsTest {
    @TempDir
    Path work;

    @Test
    void notShippedOpensAtDMinus5ClosesOnCancelReopensWithNewFirstSeenAndClosesWhenManifested() throws Exception {
        String order = "8100000000000101";
        String orderTime = "2026-10-27T12:00:00+03:00";
        try (Pipeline p = Pipeline.start(work)) {
            new InboxBuilder(p.inbox())
                    .day("2026-10-31", List.of(paid(order, orderTime, "1890.00")), List.of(), List.of())
                    .quietDay("2026-11-01")
                    .quietDay("2026-11-02")
                    .day("2026-11-03", List.of(order(order, orderTime, "1890.00", "CANCELLED", "2026-11-03T09:15:00+03:00")),
                            List.of(), List.of())
                    .day("2026-11-04", List.of(order(order, orderTime, "1890.00", "PAID", "2026-11-04T10:40:00+03:00")),
                            List.of(), List.of())
                    .quietDay("2026-11-05")
                    .day("2026-11-06", List.of(),
                            List.of(parcel("SP0000000101RU", order, 1, 1, "06.11.2026 08:30", "1890,00")), List.of());

            run(p, "2026-10-31");
            assertEquals(List.of(), exceptions(p, "2026-10-31"), "ordered 2026-10-27 > D-5 = 2026-10-26");
            run(p, "2026-11-01");
            assertEquals(List.of("NOT_SHIPPED,WARNING," + order + ",,2026-11-01,0"), exceptions(p, "2026-11-01"));
            run(p, "2026-11-02");
            assertEquals(List.of("NOT_SHIPPED,WARNING," + order + ",,2026-11-01,1"), exceptions(p, "2026-11-02"));
            run(p, "2026-11-03");
            assertEquals(List.of(), exceptions(p, "2026-11-03"), "a cancelled order is not expected to ship");
            run(p, "2026-11-04");
            assertEquals(List.of("NOT_SHIPPED,WARNING," + order + ",,2026-11-04,0"), exceptions(p, "2026-11-04"),
                    "reopened: a new first_seen");
            run(p, "2026-11-05");
            assertEquals(List.of("NOT_SHIPPED,WARNING," + order + ",,2026-11-04,1"), exceptions(p, "2026-11-05"));
            run(p, "2026-11-06");
            assertEquals(List.of(), exceptions(p, "2026-11-06"), "the manifest line arrived");
        }
    }

    @Test
    void incompleteShipmentOpensAtDMinus5AndClosesWhenTheMissingParcelIsManifested() throws Exception {
        String order = "8100000000000102";
        try (Pipeline p = Pipeline.start(work)) {
            new InboxBuilder(p.inbox())
                    .day("2026-10-29", List.of(paid(order, "2026-10-25T15:00:00+03:00", "4200.00")),
                            List.of(parcel("SP0000000102RU", order, 1, 2, "29.10.2026 10:00", "2100,00")), List.of())
                    .quietDay("2026-10-30")
                    .quietDay("2026-10-31")
                    .day("2026-11-01", List.of(),
                            List.of(parcel("SP0000000103RU", order, 2, 2, "31.10.2026 16:20", "2100,00")), List.of());

            run(p, "2026-10-29");
            assertEquals(List.of(), exceptions(p, "2026-10-29"));
            run(p, "2026-10-30");
            assertEquals(List.of("INCOMPLETE_SHIPMENT,WARNING," + order + ",,2026-10-30,0"), exceptions(p, "2026-10-30"));
            run(p, "2026-10-31");
            assertEquals(List.of("INCOMPLETE_SHIPMENT,WARNING," + order + ",,2026-10-30,1"), exceptions(p, "2026-10-31"));
            run(p, "2026-11-01");
            assertEquals(List.of(), exceptions(p, "2026-11-01"));
        }
    }

    /**
     * PARCEL_COUNT_MISMATCH depends only on manifest lines, which are never withdrawn, and being
     * BLOCKING it keeps the order from settling: once open it stays open. Both variants: more
     * distinct parcels than parcel_count, and lines that disagree on parcel_count.
     */
    @Test
    void parcelCountMismatchOpensOnBothVariantsStaysOpenAndBlocksSettlement() throws Exception {
        String tooMany = "8100000000000104";
        String disagree = "8100000000000105";
        String orderTime = "2026-10-30T10:00:00+03:00";
        try (Pipeline p = Pipeline.start(work)) {
            new InboxBuilder(p.inbox())
                    .day("2026-11-01", List.of(paid(tooMany, orderTime, "3000.00"), paid(disagree, orderTime, "2000.00")),
                            List.of(parcel("SP0000000104RU", tooMany, 1, 1, "31.10.2026 09:00", "1500,00"),
                                    parcel("SP0000000114RU", tooMany, 1, 1, "31.10.2026 09:00", "1500,00"),
                                    parcel("SP0000000105RU", disagree, 1, 2, "31.10.2026 09:00", "1000,00"),
                                    parcel("SP0000000115RU", disagree, 2, 3, "31.10.2026 09:00", "1000,00")),
                            List.of())
                    .day("2026-11-02", List.of(), List.of(), List.of(
                            event("SP0000000104RU", MSK1, "ARRIVED", "2026-11-02 09:00:00"),
                            event("SP0000000114RU", MSK1, "ARRIVED", "2026-11-02 09:00:10"),
                            event("SP0000000105RU", MSK1, "ARRIVED", "2026-11-02 09:00:20"),
                            event("SP0000000115RU", MSK1, "ARRIVED", "2026-11-02 09:00:30"),
                            event("SP0000000104RU", MSK1, "HANDED_OVER", "2026-11-02 14:00:00"),
                            event("SP0000000114RU", MSK1, "HANDED_OVER", "2026-11-02 14:00:10"),
                            event("SP0000000105RU", MSK1, "HANDED_OVER", "2026-11-02 15:00:00"),
                            event("SP0000000115RU", MSK1, "HANDED_OVER", "2026-11-02 15:00:10")))
                    .quietDay("2026-11-03");

            run(p, "2026-11-01");
            assertEquals(List.of("PARCEL_COUNT_MISMATCH,BLOCKING," + tooMany + ",,2026-11-01,0",
                    "PARCEL_COUNT_MISMATCH,BLOCKING," + disagree + ",,2026-11-01,0"), exceptions(p, "2026-11-01"));
            run(p, "2026-11-02");
            assertEquals(List.of("PARCEL_COUNT_MISMATCH,BLOCKING," + tooMany + ",,2026-11-01,1",
                    "PARCEL_COUNT_MISMATCH,BLOCKING," + disagree + ",,2026-11-01,1"), exceptions(p, "2026-11-02"));
            assertNothingSettled(p, "2026-11-02");
            run(p, "2026-11-03");
            assertEquals(List.of("PARCEL_COUNT_MISMATCH,BLOCKING," + tooMany + ",,2026-11-01,2",
                    "PARCEL_COUNT_MISMATCH,BLOCKING," + disagree + ",,2026-11-01,2"), exceptions(p, "2026-11-03"));
            assertNothingSettled(p, "2026-11-03");
        }
    }

    @Test
    void collectedAfterCancelOpensWhenACancelledOrderIsHandedOverAndClosesWhenTheParcelIsReturned() throws Exception {
        String order = "8100000000000106";
        String tracking = "SP0000000106RU";
        String orderTime = "2026-10-27T18:05:00+03:00";
        try (Pipeline p = Pipeline.start(work)) {
            new InboxBuilder(p.inbox())
                    .day("2026-11-01", List.of(paid(order, orderTime, "1250.00")),
                            List.of(parcel(tracking, order, 1, 1, "28.10.2026 10:00", "1250,00")),
                            List.of(event(tracking, MSK1, "ARRIVED", "2026-11-01 10:00:00")))
                    .day("2026-11-02", List.of(order(order, orderTime, "1250.00", "CANCELLED", "2026-11-02T08:00:00+03:00")),
                            List.of(), List.of(event(tracking, MSK1, "HANDED_OVER", "2026-11-02 12:00:00")))
                    .quietDay("2026-11-03")
                    .day("2026-11-04", List.of(), List.of(),
                            List.of(event(tracking, MSK1, "RETURNED", "2026-11-04 10:00:00")));

            run(p, "2026-11-01");
            assertEquals(List.of(), exceptions(p, "2026-11-01"));
            run(p, "2026-11-02");
            assertEquals(List.of("COLLECTED_AFTER_CANCEL,BLOCKING," + order + ",,2026-11-02,0"), exceptions(p, "2026-11-02"));
            assertNothingSettled(p, "2026-11-02");
            run(p, "2026-11-03");
            assertEquals(List.of("COLLECTED_AFTER_CANCEL,BLOCKING," + order + ",,2026-11-02,1"), exceptions(p, "2026-11-03"));
            run(p, "2026-11-04");
            assertEquals(List.of(), exceptions(p, "2026-11-04"), "the parcel came back: no longer HANDED_OVER");
            assertNothingSettled(p, "2026-11-04");
        }
    }

    @Test
    void partialCollectionOpensOnHandedPlusRefusedAndClosesWhenTheHandedParcelIsReturned() throws Exception {
        String order = "8100000000000107";
        String first = "SP0000000107RU";
        String second = "SP0000000117RU";
        try (Pipeline p = Pipeline.start(work)) {
            new InboxBuilder(p.inbox())
                    .day("2026-11-01", List.of(paid(order, "2026-10-26T13:30:00+03:00", "6400.00")),
                            List.of(parcel(first, order, 1, 2, "27.10.2026 09:00", "3200,00"),
                                    parcel(second, order, 2, 2, "27.10.2026 09:00", "3200,00")),
                            List.of(event(first, MSK1, "ARRIVED", "2026-11-01 09:10:00"),
                                    event(second, MSK1, "ARRIVED", "2026-11-01 09:11:00")))
                    .day("2026-11-02", List.of(), List.of(),
                            List.of(event(first, MSK1, "HANDED_OVER", "2026-11-02 12:00:00"),
                                    event(second, MSK1, "REFUSED", "2026-11-02 12:01:00")))
                    .quietDay("2026-11-03")
                    .day("2026-11-04", List.of(), List.of(),
                            List.of(event(first, MSK1, "RETURNED", "2026-11-04 15:00:00")));

            run(p, "2026-11-01");
            assertEquals(List.of(), exceptions(p, "2026-11-01"));
            run(p, "2026-11-02");
            assertEquals(List.of("PARTIAL_COLLECTION,BLOCKING," + order + ",,2026-11-02,0"), exceptions(p, "2026-11-02"));
            assertNothingSettled(p, "2026-11-02");
            run(p, "2026-11-03");
            assertEquals(List.of("PARTIAL_COLLECTION,BLOCKING," + order + ",,2026-11-02,1"), exceptions(p, "2026-11-03"));
            run(p, "2026-11-04");
            assertEquals(List.of("RETURNED_NOT_REFUNDED,WARNING," + order + ",,2026-11-04,0"), exceptions(p, "2026-11-04"),
                    "both parcels are back now: partial collection closed, the refund is due");
        }
    }

    @Test
    void valueMismatchOpensOnceAllParcelsAreManifestedAndClosesWhenTheOrderSettles() throws Exception {
        String order = "8100000000000108";
        String first = "SP0000000108RU";
        String second = "SP0000000118RU";
        try (Pipeline p = Pipeline.start(work)) {
            new InboxBuilder(p.inbox())
                    .day("2026-11-01", List.of(paid(order, "2026-10-29T20:00:00+03:00", "5000.00")),
                            List.of(parcel(first, order, 1, 2, "30.10.2026 11:00", "2400,00")), List.of())
                    .day("2026-11-02", List.of(), List.of(parcel(second, order, 2, 2, "31.10.2026 11:00", "2549,99")),
                            List.of())
                    .day("2026-11-03", List.of(), List.of(),
                            List.of(event(first, MSK1, "ARRIVED", "2026-11-03 10:00:00"),
                                    event(second, MSK1, "ARRIVED", "2026-11-03 10:00:30")))
                    .day("2026-11-04", List.of(), List.of(),
                            List.of(event(first, MSK1, "HANDED_OVER", "2026-11-04 13:00:00"),
                                    event(second, MSK1, "HANDED_OVER", "2026-11-04 13:02:00")));

            run(p, "2026-11-01");
            assertEquals(List.of(), exceptions(p, "2026-11-01"), "not all parcels manifested yet");
            run(p, "2026-11-02");
            assertEquals(List.of("VALUE_MISMATCH,WARNING," + order + ",,2026-11-02,0"), exceptions(p, "2026-11-02"),
                    "declared 4949.99 vs 5000.00: off by 50.01 > 1 %");
            run(p, "2026-11-03");
            assertEquals(List.of("VALUE_MISMATCH,WARNING," + order + ",,2026-11-02,1"), exceptions(p, "2026-11-03"));
            run(p, "2026-11-04");
            assertEquals(List.of(), exceptions(p, "2026-11-04"), "settled today: no exception");
            assertEquals(List.of("SHARE," + order + "," + first + "|" + second
                            + ",MSK-01,2026-11-04T13:02:00+03:00,RUB,5000.00,3.5000,175.00,"),
                    settlement(p, "2026-11-04", "SPSR"));
        }
    }

    @Test
    void currencyMismatchOpensOnTheManifestLineAndClosesWhenTheOrderSettles() throws Exception {
        String order = "8100000000000109";
        String tracking = "SP0000000109RU";
        try (Pipeline p = Pipeline.start(work)) {
            new InboxBuilder(p.inbox())
                    .day("2026-11-01", List.of(paid(order, "2026-10-30T16:45:00+03:00", "3200.00")),
                            List.of(parcel(tracking, order, 1, 1, "31.10.2026 12:00", "35,00", "USD", MSK1)), List.of())
                    .day("2026-11-02", List.of(), List.of(),
                            List.of(event(tracking, MSK1, "ARRIVED", "2026-11-02 10:00:00")))
                    .day("2026-11-03", List.of(), List.of(),
                            List.of(event(tracking, MSK1, "HANDED_OVER", "2026-11-03 11:30:00")));

            run(p, "2026-11-01");
            assertEquals(List.of("CURRENCY_MISMATCH,WARNING," + order + ",,2026-11-01,0"), exceptions(p, "2026-11-01"));
            run(p, "2026-11-02");
            assertEquals(List.of("CURRENCY_MISMATCH,WARNING," + order + ",,2026-11-01,1"), exceptions(p, "2026-11-02"));
            run(p, "2026-11-03");
            assertEquals(List.of(), exceptions(p, "2026-11-03"));
            assertEquals(List.of("SHARE," + order + "," + tracking + ",MSK-01,2026-11-03T11:30:00+03:00,RUB,3200.00,3.5000,112.00,"),
                    settlement(p, "2026-11-03", "SPSR"));
        }
    }

    @Test
    void returnedNotRefundedOpensWhenEveryParcelIsRefusedAndClosesOnRefund() throws Exception {
        String order = "8100000000000110";
        String tracking = "SP0000000110RU";
        String orderTime = "2026-10-27T08:20:00+03:00";
        try (Pipeline p = Pipeline.start(work)) {
            new InboxBuilder(p.inbox())
                    .day("2026-11-01", List.of(paid(order, orderTime, "990.00")),
                            List.of(parcel(tracking, order, 1, 1, "28.10.2026 10:00", "990,00")),
                            List.of(event(tracking, MSK1, "ARRIVED", "2026-11-01 10:00:00")))
                    .day("2026-11-02", List.of(), List.of(),
                            List.of(event(tracking, MSK1, "REFUSED", "2026-11-02 16:45:00")))
                    .quietDay("2026-11-03")
                    .day("2026-11-04", List.of(order(order, orderTime, "990.00", "REFUNDED", "2026-11-04T09:00:00+03:00")),
                            List.of(), List.of());

            run(p, "2026-11-01");
            assertEquals(List.of(), exceptions(p, "2026-11-01"));
            run(p, "2026-11-02");
            assertEquals(List.of("RETURNED_NOT_REFUNDED,WARNING," + order + ",,2026-11-02,0"), exceptions(p, "2026-11-02"));
            run(p, "2026-11-03");
            assertEquals(List.of("RETURNED_NOT_REFUNDED,WARNING," + order + ",,2026-11-02,1"), exceptions(p, "2026-11-03"));
            run(p, "2026-11-04");
            assertEquals(List.of(), exceptions(p, "2026-11-04"));
            assertNothingSettled(p, "2026-11-04");
        }
    }
}
