package com.pickupsettlement.report.html;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.WriterOutput;
import java.io.Writer;

/**
 * The editions for people of rulebook 11 as HTML: one self-contained page each, the same bytes
 * for the same model (no clock, no locale, every list sorted here rather than trusted).
 * The writer must encode UTF-8, which the page declares.
 */
public final class HtmlReports {
    private HtmlReports() {
    }

    /** report_YYYYMMDD.html */
    public static void daily(DailyReport report, Writer out) {
        engine().render("daily.jte", DailyView.of(report), new WriterOutput(out));
    }

    /** statement_YYYYMM.html */
    public static void statement(StatementReport report, Writer out) {
        engine().render("statement.jte", StatementView.of(report), new WriterOutput(out));
    }

    /**
     * The templates are classes compiled with the project (jte-maven-plugin). jte looks them up
     * through the context class loader of the thread that creates the engine; in the Boot jar only
     * our own loader sees them (a pool thread's is the system loader), so it is pinned here. An
     * engine per page costs nothing worth keeping one: no template is compiled at run time.
     */
    private static TemplateEngine engine() {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(HtmlReports.class.getClassLoader());
        try {
            return TemplateEngine.createPrecompiled(null, ContentType.Html, null, HtmlReports.class.getPackageName());
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
