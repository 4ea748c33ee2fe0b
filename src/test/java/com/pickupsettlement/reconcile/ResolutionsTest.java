package com.pickupsettlement.reconcile;

import static com.pickupsettlement.reconcile.ReconcileFixtures.MSK1;
import static com.pickupsettlement.reconcile.ReconcileFixtures.MSK2;
import static com.pickupsettlement.reconcile.ReconcileFixtures.assertNothingSettled;
import static com.pickupsettlement.reconcile.ReconcileFixtures.event;
import static com.pickupsettlement.reconcile.ReconcileFixtures.exceptions;
import static com.pickupsettlement.reconcile.ReconcileFixtures.order;
import static com.pickupsettlement.reconcile.ReconcileFixtures.paid;
import static com.pickupsettlement.reconcile.ReconcileFixtures.parcel;
import static com.pickupsettlement.reconcile.ReconcileFixtures.rejects;
import static com.pickupsettlement.reconcile.ReconcileFixtures.resolutions;
import static com.pickupsettlement.reconcile.ReconcileFixtures.run;
import static com.pickupsettlement.reconcile.ReconcileFixtures.settlement;
import static com.pickupsettlement.reconcile.ReconcileFixtures.settlementLinesOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pickupsettlement.support.DbTest;
import com.pickupsettlement.support.InboxBuilder;
import com.pickupsettlement.support.Pipeline;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rulebook 9 on a real PostgreSQL: finance's CLOSE and WRITE_OFF decisions, with exactly the
 * rulebook's timing (judged on the state at the date, applied before settlement), how long a
 * CLOSE stays in force, one parcel released to one order only, and every row accounted for.
 */
@DbTest
class ResolutionsTest {
    private static final Charset CP1251 = Charset.forName("windows-1251");
    private static final String A = "8100000000000901";
    private static final String T = "SP0000000901RU";
    private static final String ORDER_TIME = "2026-10-27T10:00:00+03:00";

    @TempDir
    Path work;

    /** An order whose only parcel was taken in and handed over at the wrong point: WRONG_POINT blocks it. */
    private static InboxBuilder wrongPointOn1November(InboxBuilder inbox, String orderId, String tracking) throws Exception {
        return inbox.day("2026-11-01", List.of(paid(orderId, ORDER_TIME, "1000.00")),
                List.of(parcel(tracking, orderId, 1, 1, "28.10.2026 10:00", "1000,00")),
                List.of(event(tracking, MSK2, "ARRIVED", "2026-11-01 09:00:00"),
                        event(tracking, MSK2, "HANDED_OVER", "2026-11-01 12:00:00")));
    }

    @Test
    void aCloseLiftsABlockingExceptionAndTheOrderSettlesThatSameNight() throws Exception {
        try (Pipeline p = Pipeline.start(work)) {
            wrongPointOn1November(new InboxBuilder(p.inbox()), A, T)
                    .quietDay("2026-11-02")
                    .resolutions("2026-11-02", List.of("CLOSE,WRONG_POINT," + A + "," + T + ",checked with the carrier,finance.ivanova"))
                    .quietDay("2026-11-03");

            run(p, "2026-11-01");
            assertEquals(List.of("WRONG_POINT,BLOCKING," + A + "," + T + ",2026-11-01,0"), exceptions(p, "2026-11-01"));
            assertNothingSettled(p, "2026-11-01");
            assertEquals(List.of(), resolutions(p, "2026-11-01"), "header only when there is no resolutions file");

            run(p, "2026-11-02");
            assertEquals(List.of("SHARE," + A + "," + T + ",MSK-01,2026-11-01T12:00:00+03:00,RUB,1000.00,3.5000,35.00,"),
                    settlement(p, "2026-11-02", "SPSR"), "released tonight, settled tonight");
            assertEquals(List.of(), exceptions(p, "2026-11-02"));
            assertEquals(List.of("CLOSE,WRONG_POINT,BLOCKING," + A + "," + T + ",2026-11-01,1,checked with the carrier,finance.ivanova"),
                    resolutions(p, "2026-11-02"));
            assertEquals(List.of(1L, 1L, 0L, 0L), counts(p, "2026-11-02"));

            run(p, "2026-11-03");
            assertEquals(List.of(), exceptions(p, "2026-11-03"));
            assertEquals(List.of(), resolutions(p, "2026-11-03"));
            assertEquals(Map.of("ended_on", java.sql.Date.valueOf("2026-11-03"), "ended_because", "SETTLED"),
                    p.jdbc().queryForMap("SELECT ended_on, ended_because FROM resolution"),
                    "a CLOSE ends on the first date after its order settled");
        }
    }

    @Test
    void aCloseLapsesWhenItsConditionLapses_AndTheConditionComingBackIsANewException() throws Exception {
        String b = "8100000000000902";
        String u = "SP0000000902RU";
        try (Pipeline p = Pipeline.start(work)) {
            new InboxBuilder(p.inbox())
                    .day("2026-11-01", List.of(paid(b, ORDER_TIME, "500.00")),
                            List.of(parcel(u, b, 1, 1, "28.10.2026 10:00", "500,00")),
                            List.of(event(u, MSK1, "ARRIVED", "2026-11-01 09:00:00"),
                                    event(u, MSK1, "RETURNED", "2026-11-01 18:00:00")))
                    .quietDay("2026-11-02")
                    .resolutions("2026-11-02", List.of("CLOSE,RETURNED_NOT_REFUNDED," + b + ",,refund on its way,ops"))
                    .quietDay("2026-11-03")
                    .day("2026-11-04", List.of(order(b, ORDER_TIME, "500.00", "REFUNDED", "2026-11-04T10:00:00+03:00")),
                            List.of(), List.of())
                    .day("2026-11-05", List.of(order(b, ORDER_TIME, "500.00", "PAID", "2026-11-05T10:00:00+03:00")),
                            List.of(), List.of());

            run(p, "2026-11-01");
            assertEquals(List.of("RETURNED_NOT_REFUNDED,WARNING," + b + ",,2026-11-01,0"), exceptions(p, "2026-11-01"));
            run(p, "2026-11-02", "2026-11-03");
            assertEquals(List.of(), exceptions(p, "2026-11-02"), "resolved from the date of the file on");
            assertEquals(List.of(), exceptions(p, "2026-11-03"), "and on every date its condition still holds");
            assertEquals(0L, endedCount(p));

            run(p, "2026-11-04");
            assertEquals(List.of(), exceptions(p, "2026-11-04"));
            assertEquals(Map.of("ended_on", java.sql.Date.valueOf("2026-11-04"), "ended_because", "CONDITION"),
                    p.jdbc().queryForMap("SELECT ended_on, ended_because FROM resolution"));

            run(p, "2026-11-05");
            assertEquals(List.of("RETURNED_NOT_REFUNDED,WARNING," + b + ",,2026-11-05,0"), exceptions(p, "2026-11-05"),
                    "the condition holds again: a new exception with a new first_seen");
        }
    }

    @Test
    void aWrittenOffOrderNeverSettles_ShowsNoException_AndALaterRefundReversesNothing() throws Exception {
        String late = "8100000000000903";
        String lateParcel = "SP0000000903RU";
        try (Pipeline p = Pipeline.start(work)) {
            new InboxBuilder(p.inbox())
                    .day("2026-11-01", List.of(paid(A, ORDER_TIME, "1000.00"), paid(late, ORDER_TIME, "700.00")),
                            List.of(parcel(T, A, 1, 1, "28.10.2026 10:00", "1000,00"),
                                    parcel(lateParcel, late, 1, 1, "28.10.2026 10:00", "700,00")),
                            List.of(event(T, MSK2, "ARRIVED", "2026-11-01 09:00:00"),
                                    event(T, MSK2, "HANDED_OVER", "2026-11-01 12:00:00")))
                    .quietDay("2026-11-02")
                    .resolutions("2026-11-02", List.of("WRITE_OFF,," + A + ",,\"lost in transit, claim filed\",finance.ivanova",
                            "WRITE_OFF,," + late + ",,customer unreachable,finance.ivanova"))
                    .day("2026-11-03", List.of(order(A, ORDER_TIME, "1000.00", "REFUNDED", "2026-11-03T10:00:00+03:00")),
                            List.of(), List.of(event(lateParcel, MSK1, "ARRIVED", "2026-11-03 09:00:00"),
                                    event(lateParcel, MSK1, "HANDED_OVER", "2026-11-03 10:00:00")));

            run(p, "2026-11-01", "2026-11-02");
            assertEquals(List.of(), exceptions(p, "2026-11-02"), "no exception carrying a written-off order is open");
            assertEquals(List.of("WRITE_OFF,,," + A + ",,,,\"lost in transit, claim filed\",finance.ivanova",
                    "WRITE_OFF,,," + late + ",,,,customer unreachable,finance.ivanova"), resolutions(p, "2026-11-02"));

            run(p, "2026-11-03");
            assertEquals(List.of(), settlementLinesOf(p, "2026-11-03", late), "handed over, but written off: never settled");
            assertEquals(List.of(), settlementLinesOf(p, "2026-11-03", A), "refunded, never settled: nothing to reverse");
            assertEquals(List.of(), exceptions(p, "2026-11-03"), "no COLLECTED_AFTER_CANCEL either");
        }
    }

    @Test
    void oneParcelIsReleasedToOneOrderOnly() throws Exception {
        String e = "8100000000000904";
        String f = "8100000000000905";
        String shared = "SP0000000904RU";
        String closeE = "CLOSE,DUPLICATE_TRACKING," + e + "," + shared + ",photo matches order E,finance.ivanova";
        String closeF = "CLOSE,DUPLICATE_TRACKING," + f + "," + shared + ",photo matches order F,ops";
        try (Pipeline p = Pipeline.start(work)) {
            new InboxBuilder(p.inbox())
                    .day("2026-11-01", List.of(paid(e, ORDER_TIME, "300.00"), paid(f, ORDER_TIME, "300.00")),
                            List.of(parcel(shared, e, 1, 1, "28.10.2026 10:00", "300,00"),
                                    parcel(shared, f, 1, 1, "28.10.2026 11:00", "300,00")),
                            List.of(event(shared, MSK1, "ARRIVED", "2026-11-01 09:00:00"),
                                    event(shared, MSK1, "HANDED_OVER", "2026-11-01 12:00:00")))
                    .quietDay("2026-11-02").resolutions("2026-11-02", List.of(closeE, closeF))
                    .quietDay("2026-11-03").resolutions("2026-11-03", List.of(closeF))
                    .quietDay("2026-11-04").resolutions("2026-11-04",
                            List.of("WRITE_OFF,," + f + ",,the parcel was order E's,finance.ivanova"));

            run(p, "2026-11-01");
            assertEquals(List.of("DUPLICATE_TRACKING,BLOCKING," + e + "," + shared + ",2026-11-01,0",
                    "DUPLICATE_TRACKING,BLOCKING," + f + "," + shared + ",2026-11-01,0"), exceptions(p, "2026-11-01"));

            run(p, "2026-11-02");
            assertEquals(List.of(List.of("resolutions", "resolutions_20261102.csv", "3", "conflicting resolution", closeF)),
                    rejects(p, "2026-11-02"), "released to E earlier in the same file");
            assertEquals(1, settlementLinesOf(p, "2026-11-02", e).size() / 3, "E settles");
            assertEquals(List.of("DUPLICATE_TRACKING,BLOCKING," + f + "," + shared + ",2026-11-01,1"), exceptions(p, "2026-11-02"));

            run(p, "2026-11-03");
            assertEquals(List.of(List.of("resolutions", "resolutions_20261103.csv", "2", "conflicting resolution", closeF)),
                    rejects(p, "2026-11-03"), "E's release ended because E settled: the parcel stays E's");
            assertNothingSettled(p, "2026-11-03");

            run(p, "2026-11-04");
            assertEquals(List.of(), exceptions(p, "2026-11-04"), "F stays blocked until it is written off");
            assertNothingSettled(p, "2026-11-04");
        }
    }

    @Test
    void everyRowEndsAcceptedDuplicateOrRejected_WithItsReason_AndRejectedRowsChangeNothing() throws Exception {
        String settledOrder = "8100000000000906";
        String settledParcel = "SP0000000906RU";
        String accepted = "CLOSE,WRONG_POINT," + A + "," + T + ",checked with the carrier,finance.ivanova";
        List<String> rows = List.of(
                accepted,                                                                   // 2 accepted
                accepted,                                                                   // 3 duplicate
                "CLOSE,WRONG_POINT," + A + "," + T + ",other words,ops",                    // 4 conflicting resolution
                "CLOSE,WRONG_POINT," + A + "," + T + ",too,many,cells",                     // 5 wrong column count
                "REOPEN,WRONG_POINT," + A + "," + T + ",typo,ops",                          // 6 unknown code
                "CLOSE,NOT_A_TYPE," + A + ",,typo,ops",                                     // 7 unknown code
                "WRITE_OFF,NOT_SHIPPED," + A + ",,type given,ops",                          // 8 bad format (type)
                "CLOSE,WRONG_POINT,A 1," + T + ",space in id,ops",                          // 9 bad format (order_id)
                "CLOSE,WRONG_POINT," + A + ",sp09,short tracking,ops",                      // 10 bad format (tracking_number)
                "WRITE_OFF,," + A + "," + T + ",tracking given,ops",                        // 11 bad format (tracking_number)
                "WRITE_OFF,,,,no order,ops",                                                // 12 missing field
                "CLOSE,WRONG_POINT," + A + "," + T + ",," + "ops",                          // 13 missing field
                "CLOSE,WRONG_POINT," + A + "," + T + ",x," + "y".repeat(65),                // 14 field too long
                "CLOSE,WRONG_POINT,NO-SUCH-ORDER,AB12345678,nothing open,ops",              // 15 not open
                "CLOSE,UNKNOWN_ORDER," + A + "," + T + ",wrong type,ops",                   // 16 not open
                "WRITE_OFF,,NO-SUCH-ORDER,,unknown order,ops",                              // 17 not open
                "WRITE_OFF,," + settledOrder + ",,already settled,ops");                    // 18 not open
        try (Pipeline p = Pipeline.start(work)) {
            new InboxBuilder(p.inbox())
                    .day("2026-11-01", List.of(paid(A, ORDER_TIME, "1000.00"), paid(settledOrder, ORDER_TIME, "100.00")),
                            List.of(parcel(T, A, 1, 1, "28.10.2026 10:00", "1000,00"),
                                    parcel(settledParcel, settledOrder, 1, 1, "28.10.2026 10:00", "100,00")),
                            List.of(event(T, MSK2, "ARRIVED", "2026-11-01 09:00:00"),
                                    event(T, MSK2, "HANDED_OVER", "2026-11-01 12:00:00"),
                                    event(settledParcel, MSK1, "ARRIVED", "2026-11-01 09:00:00"),
                                    event(settledParcel, MSK1, "HANDED_OVER", "2026-11-01 12:00:00")))
                    .quietDay("2026-11-02")
                    .resolutions("2026-11-02", rows);

            run(p, "2026-11-01", "2026-11-02");
            List<String> reasons = rejects(p, "2026-11-02").stream().map(r -> r.get(2) + " " + r.get(3)).toList();
            assertEquals(List.of("4 conflicting resolution", "5 wrong column count", "6 unknown code", "7 unknown code",
                    "8 bad format (type)", "9 bad format (order_id)", "10 bad format (tracking_number)",
                    "11 bad format (tracking_number)", "12 missing field", "13 missing field", "14 field too long",
                    "15 not open", "16 not open", "17 not open", "18 not open"), reasons);
            assertEquals(List.of(17L, 1L, 1L, 15L), counts(p, "2026-11-02"), "read = accepted + duplicates + rejected");
            assertEquals(1, resolutions(p, "2026-11-02").size());
            assertEquals(List.of(), settlementLinesOf(p, "2026-11-02", settledOrder), "a rejected WRITE_OFF changes nothing");
        }
    }

    @Test
    void aSemicolonSeparatedWindows1251FileWithCrLfAndCopiedFormulaCellsIsRead() throws Exception {
        try (Pipeline p = Pipeline.start(work)) {
            wrongPointOn1November(new InboxBuilder(p.inbox()), A, T)
                    .quietDay("2026-11-02")
                    .resolutionsFile("2026-11-02", "action;type;order_id;tracking_number;reason;resolved_by\r\n"
                            + "CLOSE;WRONG_POINT;'" + "-" + "X;;row for nothing;ops\r\n"
                            + "CLOSE;WRONG_POINT;" + A + ";" + T + ";\"'=проверено; см. акт №12\";Петров А.\r\n", CP1251);

            run(p, "2026-11-01", "2026-11-02");
            assertEquals(List.of("CLOSE,WRONG_POINT,BLOCKING," + A + "," + T + ",2026-11-01,1,'=проверено; см. акт №12,Петров А."),
                    resolutions(p, "2026-11-02"), "the \"'\" a copy carries is removed on reading, and put back on output");
            assertEquals(List.of(List.of("resolutions", "resolutions_20261102.csv", "2", "not open",
                    "CLOSE;WRONG_POINT;'-X;;row for nothing;ops")), rejects(p, "2026-11-02"),
                    "the id copied as '-X is read as -X: well-formed, but no exception of that order is open");
            assertEquals(1, settlementLinesOf(p, "2026-11-02", A).size() / 3);
        }
    }

    @Test
    void addingChangingOrRemovingTheFileOfAClosedDateIsExit5_AndTheSameFileReproducesTheBytes() throws Exception {
        try (Pipeline p = Pipeline.start(work)) {
            wrongPointOn1November(new InboxBuilder(p.inbox()), A, T).quietDay("2026-11-02");
            run(p, "2026-11-01");
            byte[] exceptionsBefore = Files.readAllBytes(p.folder("2026-11-01").resolve("exceptions_20261101.csv"));

            Path file = p.inbox().resolve("resolutions_20261101.csv");
            Files.writeString(file, InboxBuilder.RESOLUTIONS_HEADER + "\n");
            assertEquals(5, p.run("2026-11-01"), "added to a closed date (even header-only)");
            Files.delete(file);
            assertEquals(0, p.run("2026-11-01"), "put back as it was: absent");

            new InboxBuilder(p.inbox()).resolutions("2026-11-02", List.of("CLOSE,WRONG_POINT," + A + "," + T + ",ok,fin"));
            run(p, "2026-11-02");
            Path second = p.inbox().resolve("resolutions_20261102.csv");
            byte[] original = Files.readAllBytes(second);
            Files.writeString(second, InboxBuilder.RESOLUTIONS_HEADER + "\n");
            assertEquals(5, p.run("2026-11-02"), "changed");
            Files.delete(second);
            assertEquals(5, p.run("2026-11-02"), "removed");
            Files.write(second, original);
            Path folder = p.folder("2026-11-02");
            byte[] before = Files.readAllBytes(folder.resolve("resolutions_20261102.csv"));
            Files.delete(folder.resolve("resolutions_20261102.csv"));
            assertEquals(0, p.run("2026-11-02"), "the same file: the outputs are reproduced");
            assertEquals(-1L, java.util.Arrays.mismatch(before, Files.readAllBytes(folder.resolve("resolutions_20261102.csv"))));
            assertEquals(-1L, java.util.Arrays.mismatch(exceptionsBefore,
                    Files.readAllBytes(p.folder("2026-11-01").resolve("exceptions_20261101.csv"))));
        }
    }

    @Test
    void aBadHeaderAnEmptyFileOrUndecodableBytesRefuseTheDate_AndNothingOfItIsKept() throws Exception {
        try (Pipeline p = Pipeline.start(work)) {
            InboxBuilder inbox = wrongPointOn1November(new InboxBuilder(p.inbox()), A, T);
            byte[] undecodable = (InboxBuilder.RESOLUTIONS_HEADER + "\nCLOSE,WRONG_POINT," + A + "," + T + ",x?,ops\n")
                    .getBytes(CP1251);
            undecodable[undecodable.length - 6] = (byte) 0x98; // not UTF-8, and not Windows-1251 either
            for (byte[] content : List.of("action,type,order,tracking_number,reason,resolved_by\n".getBytes(),
                    new byte[0], undecodable)) {
                Files.write(p.inbox().resolve("resolutions_20261101.csv"), content);
                assertEquals(4, p.run("2026-11-01"));
                assertFalse(Files.exists(p.folder("2026-11-01")));
                assertEquals(0L, p.jdbc().queryForObject("SELECT count(*) FROM business_day", Long.class));
                assertEquals(0L, p.jdbc().queryForObject("SELECT count(*) FROM stg_orders", Long.class));
                assertTrue(Files.readString(p.out().resolve("refused/2026-11-01/REASON.txt")).startsWith("resolutions_20261101.csv"));
            }
            inbox.resolutions("2026-11-01", List.of());
            assertEquals(0, p.run("2026-11-01"), "a header-only file is a normal night");
            assertEquals(List.of(0L, 0L, 0L, 0L), counts(p, "2026-11-01"));
        }
    }

    /** read, accepted, duplicates, rejected of the date's resolutions file. */
    private static List<Long> counts(Pipeline p, String date) {
        return p.jdbc().queryForObject("SELECT read, accepted, duplicates, rejected FROM feed_file "
                        + "WHERE feed = 'resolutions' AND business_date = CAST(? AS date)",
                (rs, i) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)), date);
    }

    private static long endedCount(Pipeline p) {
        return p.jdbc().queryForObject("SELECT count(*) FROM resolution WHERE ended_on IS NOT NULL", Long.class);
    }
}
