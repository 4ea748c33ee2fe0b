package com.pickupsettlement.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pickupsettlement.domain.ExceptionType;
import com.pickupsettlement.support.UnitTest;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The pages as bytes, without a browser: the same model gives the same page, and data never becomes markup. */
@UnitTest
class HtmlReportsTest {

    @Test
    void sameModel_RenderedTwice_GivesTheSameBytes() {
        assertEquals(Pages.daily(SampleReports.daily()), Pages.daily(SampleReports.daily()));
        assertEquals(Pages.statement(SampleReports.statement()), Pages.statement(SampleReports.statement()));
    }

    @Test
    void rowsInAnotherOrder_GiveTheSameBytes() {
        DailyReport r = SampleReports.daily();
        DailyReport shuffled = new DailyReport(r.businessDate(), reversed(r.files()), reversed(r.owed()),
                reversed(r.settled()), reversed(r.reversals()), reversed(r.heldBack()), r.heldBackWithoutAmount(),
                reversed(r.openExceptions()), reversed(r.rejects()), reversed(r.trend()), reversed(r.trendRevenue()));
        StatementReport s = SampleReports.statement();
        StatementReport shuffledStatement = new StatementReport(s.month(), reversed(s.totals()), reversed(s.days()),
                reversed(s.shares()), reversed(s.reversals()));

        assertEquals(Pages.daily(r), Pages.daily(shuffled));
        assertEquals(Pages.statement(s), Pages.statement(shuffledStatement));
    }

    @Test
    void machineLocaleAndZone_DoNotChangeTheBytes() {
        String daily = Pages.daily(SampleReports.daily());
        String statement = Pages.statement(SampleReports.statement());
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            // Russian writes 1 234,50 and names months in Russian; Arabic has its own digits.
            for (Locale l : List.of(Locale.forLanguageTag("ru-RU"), Locale.forLanguageTag("ar-EG"))) {
                Locale.setDefault(l);
                TimeZone.setDefault(TimeZone.getTimeZone("Asia/Shanghai"));
                assertEquals(daily, Pages.daily(SampleReports.daily()), l.toString());
                assertEquals(statement, Pages.statement(SampleReports.statement()), l.toString());
            }
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }

    @Test
    void markupInNamesAndReasons_StaysText() {
        String hostile = "<script>alert(\"x\")</script> & \"Q\" 'R'";
        DailyReport r = SampleReports.daily();
        List<PartyTotal> owed = new ArrayList<>(r.owed());
        PartyTotal first = owed.get(0);
        owed.set(0, new PartyTotal(first.partyCode(), hostile, first.currency(), first.shareLines(),
                first.reversalLines(), first.revenueTotal(), first.shareTotal()));
        List<RejectCount> rejects = List.of(new RejectCount("orders", "bad format (<img src=x onerror=alert(1)>\")", 1));
        List<FileVolume> files = List.of(new FileVolume("orders", "orders_\"><script>.csv", 1, 0, 0, 1));
        String page = Pages.daily(new DailyReport(r.businessDate(), files, owed, r.settled(), r.reversals(),
                r.heldBack(), 0, r.openExceptions(), rejects, r.trend(), r.trendRevenue()));

        assertFalse(page.contains("<script"), "a script element");
        assertFalse(page.contains("<img"), "an img element");
        // Quotes need no escaping in text, only in attributes.
        assertTrue(page.contains("&lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; \"Q\" 'R'"), "name as text");
        assertTrue(page.contains("bad format (&lt;img src=x onerror=alert(1)&gt;\")"), "reason as text");
    }

    @Test
    void markupInSvgText_StaysText() {
        // Party codes name the statement chart's series (legend, tooltips in SVG <title>).
        String hostile = "<b>\"X\"</b>";
        StatementReport s = SampleReports.statement();
        UnaryOperator<String> code = c -> c.equals("CSL") ? hostile : c;
        StatementReport renamed = new StatementReport(s.month(),
                s.totals().stream().map(t -> new PartyTotal(code.apply(t.partyCode()), t.partyName(), t.currency(),
                        t.shareLines(), t.reversalLines(), t.revenueTotal(), t.shareTotal())).toList(),
                s.days(),
                s.shares().stream().map(d -> new DayShare(d.date(), code.apply(d.partyCode()), d.currency(),
                        d.shareTotal())).toList(),
                s.reversals());

        String page = Pages.statement(renamed);

        assertFalse(page.contains("<b>"), "a b element");
        assertTrue(page.contains("<title>2026-10-01 · &lt;b&gt;\"X\"&lt;/b&gt;: "), "escaped inside an SVG title");
        assertTrue(page.contains("data-party=\"&lt;b>&#34;X&#34;&lt;/b>\""), "escaped inside an attribute");
    }

    @Test
    void emptyDay_SaysSoInEverySection() {
        String page = Pages.daily(SampleReports.emptyDay());

        assertTrue(page.contains("Nothing was settled or reversed on 2026-11-18"), page);
        assertTrue(page.contains("No revenue was settled or reversed on 2026-11-18: there is nothing to tie."));
        assertTrue(page.contains("No order was reversed on 2026-11-18."));
        assertTrue(page.contains("No order is held back by an open BLOCKING exception."));
        assertTrue(page.contains("No exception is open."));
        assertTrue(page.contains("No row was rejected."));
        assertTrue(page.contains("No completed date in the 30 days up to 2026-11-18."));
        assertFalse(page.contains("<svg class=\"plot\""), "a chart of nothing");
    }

    @Test
    void renderedFromAThreadThatCannotSeeTheTemplates_StillRenders() throws Exception {
        // A pool thread's context class loader may not see the jar's classes; the page must not depend on it.
        AtomicReference<Object> result = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                result.set(Pages.daily(SampleReports.daily()));
            } catch (RuntimeException e) {
                result.set(e);
            }
        });
        try (URLClassLoader blind = new URLClassLoader(new URL[0], null)) {
            t.setContextClassLoader(blind);
            t.start();
            t.join();
        }
        assertEquals(Pages.daily(SampleReports.daily()), result.get());
    }

    @Test
    void trendDateOutsideThe30_IsRefused() {
        DailyReport r = SampleReports.emptyDay();
        LocalDate tooOld = r.businessDate().minusDays(30);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DailyReport(r.businessDate(), List.of(), List.of(), List.of(), List.of(), List.of(), 0,
                        List.of(), List.of(), List.of(new TrendPoint(tooOld, 0, 0, 0, 0, 0)), List.of()));
        assertTrue(e.getMessage().contains("outside 2026-10-20..2026-11-18"), e.getMessage());
    }

    @Test
    void aNegativeCount_IsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TrendPoint(SampleReports.DATE, 5, 0, -1, 10, 0));
        assertEquals("openWarning must not be negative: -1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new FileVolume("orders", "orders_20261118.csv", 0, 1, 0, -1));
        assertEquals("rejected must not be negative: -1", e.getMessage());
    }

    @Test
    void twoRowsForOneKey_AreRefused() {
        ExceptionCount c = ExceptionCount.of(ExceptionType.WRONG_POINT, 3, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DailyReport(SampleReports.DATE, List.of(), List.of(), List.of(), List.of(), List.of(), 0,
                        List.of(c, c), List.of(), List.of(), List.of()));
        assertTrue(e.getMessage().startsWith("openExceptions: two rows for"), e.getMessage());
    }

    @Test
    void amountWithMoreDigitsThanItsCurrency_IsRefusedNotRounded() {
        assertThrows(IllegalArgumentException.class,
                () -> new HeldBack("JPY", 1, new BigDecimal("100.5")));
        assertEquals("100.50", new HeldBack("RUB", 1, new BigDecimal("100.5")).revenue().toPlainString());
        assertEquals("100", new HeldBack("JPY", 1, new BigDecimal("100.00")).revenue().toPlainString());
    }

    private static <T> List<T> reversed(List<T> rows) {
        List<T> copy = new ArrayList<>(rows);
        Collections.reverse(copy);
        return copy;
    }
}
