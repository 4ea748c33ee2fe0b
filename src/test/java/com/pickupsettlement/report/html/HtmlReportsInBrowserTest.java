package com.pickupsettlement.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pickupsettlement.support.UnitTest;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pages as a finance person gets them: opened in Chromium from the file, with nothing else.
 * The pages, screenshots and PDF are left in target/html-report/ to be looked at.
 */
@UnitTest
class HtmlReportsInBrowserTest {
    static final Path OUT = Path.of("target", "html-report");
    private static HeadlessChromium chromium;
    private static Path dailyPage;
    private static HeadlessChromium.Visit daily;
    private static HeadlessChromium.Visit empty;
    private static HeadlessChromium.Visit statement;

    @BeforeAll
    static void openThePages() throws IOException {
        chromium = HeadlessChromium.installed();
        Files.createDirectories(OUT);
        dailyPage = Pages.write(OUT.resolve("report_20261118.html"), Pages.daily(SampleReports.daily()));
        daily = chromium.dumpDom(dailyPage);
        empty = chromium.dumpDom(Pages.write(OUT.resolve("report_20261118-empty.html"),
                Pages.daily(SampleReports.emptyDay())));
        statement = chromium.dumpDom(Pages.write(OUT.resolve("statement_202610.html"),
                Pages.statement(SampleReports.statement())));
    }

    @Test
    void dailyPage_HasItsSectionsInReadingOrder() {
        Document dom = Jsoup.parse(daily.dom());

        assertEquals("Settlement report 2026-11-18", dom.title());
        assertEquals("Settlement report for 2026-11-18", dom.selectFirst("h1").text());
        assertEquals(List.of("owed", "tie", "reversals", "held-back", "exceptions", "rejects", "volumes", "trend"),
                dom.select("main > section").eachAttr("id"));
        assertTrue(dom.selectFirst("[data-check=ties]").hasClass("ok"), "the tie check passes");
        assertTrue(dom.text().contains("СПСР-Экспресс") && dom.text().contains("Цайняо Смарт Лоджистикс"));
    }

    @Test
    void pages_FetchNothingAndRunNothing() {
        for (HeadlessChromium.Visit v : List.of(daily, empty, statement)) {
            Document dom = Jsoup.parse(v.dom());
            assertEquals(List.of(), v.externalFetches());
            assertTrue(dom.select("script, iframe, object, embed, img, link").isEmpty(), "no element that loads or runs");
            assertTrue(dom.select("[src]").isEmpty(), "no src");
            assertTrue(dom.select("[href]").stream().allMatch(a -> a.attr("href").startsWith("#")), "only in-page links");
            assertEquals("utf-8", dom.selectFirst("meta[charset]").attr("charset"));
        }
    }

    @Test
    void dailyPage_OwedAmounts_AreTheModelsExactly() {
        Map<String, String> shown = owed(Jsoup.parse(daily.dom()));

        assertEquals(expected(SampleReports.daily().owed()), shown);
    }

    @Test
    void statementPage_OwedAmounts_AreTheModelsExactly() {
        Document dom = Jsoup.parse(statement.dom());

        assertEquals(expected(SampleReports.statement().totals()), owed(dom));
        assertEquals(List.of("owed", "dates", "reversals"), dom.select("main > section").eachAttr("id"));
        assertEquals("Statement for October 2026", dom.selectFirst("h1").text());
    }

    @Test
    void charts_AreNamedSvgWithTheirNumbers() {
        Document dom = Jsoup.parse(daily.dom());
        List<Element> charts = dom.select("svg.plot");

        // exceptions by age; trend: orders, net revenue JPY and RUB, exceptions, rows
        assertEquals(6, charts.size());
        for (Element svg : charts) {
            assertEquals("img", svg.attr("role"));
            assertEquals(svg.attr("aria-label"), svg.selectFirst("title").text());
            assertTrue(svg.attr("viewBox").startsWith("0 0 "), "scales with its box");
        }
        Element ages = charts.get(0);
        assertEquals(List.of("8", "5", "8", "11", "6", "1"), ages.select("text.value").eachText());
    }

    @Test
    void emptyDay_ShowsEverySectionWithNothingInIt() {
        Document dom = Jsoup.parse(empty.dom());

        assertEquals(8, dom.select("main > section").size());
        assertTrue(dom.select("td.owed-amount, svg.plot").isEmpty());
        assertTrue(dom.selectFirst("#owed").text().contains("Nothing was settled or reversed on 2026-11-18"));
    }

    @Test
    void dailyPage_OnDesktopAndPhone_LooksLikeAPage() throws IOException {
        for (int width : new int[] {1280, 390}) {
            Path png = OUT.resolve("report_20261118-" + width + ".png");
            chromium.screenshot(dailyPage, png, width, 4800);

            BufferedImage image = ImageIO.read(png.toFile());
            assertEquals(width, image.getWidth());
            assertTrue(colours(image) > 40, "text, rules and charts, not a blank or one-colour image");
            assertTrue(inkShare(image) > 0.04, "something is drawn: " + inkShare(image));
        }
    }

    @Test
    void dailyPage_PrintsOnA4() throws IOException {
        Path pdf = OUT.resolve("report_20261118.pdf");
        chromium.printToPdf(dailyPage, pdf);

        String raw = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        assertTrue(raw.startsWith("%PDF-"));
        Matcher boxes = Pattern.compile("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]").matcher(raw);
        int pages = 0;
        while (boxes.find()) {
            pages++;
            // A4 is 210 x 297 mm = 595.3 x 841.9 pt
            assertEquals(595.3, Double.parseDouble(boxes.group(1)), 1.5);
            assertEquals(841.9, Double.parseDouble(boxes.group(2)), 1.5);
        }
        assertTrue(pages >= 2, pages + " pages");
    }

    /** party/currency → data-amount of each owed cell, checked against its visible text. */
    private static Map<String, String> owed(Document dom) {
        Map<String, String> shown = new TreeMap<>();
        for (Element td : dom.select("td.owed-amount")) {
            String exact = td.attr("data-amount");
            assertEquals(exact, td.text().replace(String.valueOf(Numbers.GROUP), ""), "what is read is what is owed");
            shown.put(td.attr("data-party") + "/" + td.attr("data-currency"), exact);
        }
        return shown;
    }

    /** As the summary CSV writes share_total: plain, with the currency's minor digits. */
    private static Map<String, String> expected(List<PartyTotal> rows) {
        Map<String, String> expected = new TreeMap<>();
        rows.forEach(r -> expected.put(r.partyCode() + "/" + r.currency(), r.shareTotal().toPlainString()));
        return expected;
    }

    private static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                seen.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        return seen.size();
    }

    private static double inkShare(BufferedImage image) {
        long ink = 0;
        long all = 0;
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                all++;
                ink += (image.getRGB(x, y) & 0xFFFFFF) == 0xFFFFFF ? 0 : 1;
            }
        }
        return (double) ink / all;
    }
}
