package com.pickupsettlement.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pickupsettlement.support.UnitTest;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The harness's fetch check must see every way a page can reach out, or its "nothing fetched" proves nothing. */
@UnitTest
class HeadlessChromiumTest {
    private static HeadlessChromium chromium;

    @TempDir
    Path dir;

    @BeforeAll
    static void browser() {
        chromium = HeadlessChromium.installed();
    }

    @Test
    void selfContainedPage_FetchesNothing() {
        Path page = Pages.write(dir.resolve("plain.html"), html("<p>Итого: 1 234.50</p>"
                + "<svg viewBox=\"0 0 10 10\"><rect width=\"5\" height=\"5\"/></svg>"
                + "<img alt=\"dot\" src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\">"));

        HeadlessChromium.Visit visit = chromium.dumpDom(page);

        assertTrue(visit.dom().contains("Итого"), visit.dom());
        assertEquals(List.of(), visit.externalFetches());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<img src=\"http://example.invalid/x.png\">",
        "<link rel=\"stylesheet\" href=\"https://example.invalid/x.css\">",
        "<style>body { background: url(http://example.invalid/x.png) }</style>",
        "<style>@font-face { font-family: F; src: url(http://example.invalid/f.woff2) } p { font-family: F }</style>",
        "<svg><image href=\"http://example.invalid/x.png\" width=\"9\" height=\"9\"/></svg>",
        "<link rel=\"preconnect\" href=\"http://example.invalid\">",
        "<iframe src=\"http://example.invalid/\"></iframe>"})
    void pageThatReachesOut_IsCaught(String element) {
        Path page = Pages.write(dir.resolve("leaky.html"), html("<p>x</p>" + element));

        List<String> fetched = chromium.dumpDom(page).externalFetches();

        assertTrue(fetched.stream().anyMatch(u -> u.contains("example.invalid")), element + " gave " + fetched);
    }

    private static String html(String body) {
        return "<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"utf-8\"><title>t</title></head><body>"
                + body + "</body></html>";
    }
}
