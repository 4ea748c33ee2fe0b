package com.pickupsettlement.report.html;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Renders models to strings and files, as UTF-8 like the pipeline's output files. */
final class Pages {
    private Pages() {
    }

    static String daily(DailyReport r) {
        StringWriter out = new StringWriter();
        HtmlReports.daily(r, out);
        return out.toString();
    }

    static String statement(StatementReport r) {
        StringWriter out = new StringWriter();
        HtmlReports.statement(r, out);
        return out.toString();
    }

    static Path write(Path file, String html) {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(html);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
