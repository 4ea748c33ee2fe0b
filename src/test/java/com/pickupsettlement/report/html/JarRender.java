package com.pickupsettlement.report.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Started inside the packaged jar by {@link HtmlReportsInJarIT}: writes the sample daily page to
 * the file named by its argument. It renders on a thread whose context class loader is the system
 * one, as some pool threads have: in the jar, that loader cannot see BOOT-INF/classes.
 */
final class JarRender {
    private JarRender() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                HtmlReports.daily(SampleReports.daily(), w);
            } catch (IOException e) {
                failure.set(new UncheckedIOException(e));
            } catch (RuntimeException e) {
                failure.set(e);
            }
        });
        t.setContextClassLoader(ClassLoader.getSystemClassLoader());
        t.start();
        t.join();
        if (failure.get() != null) {
            throw failure.get();
        }
    }
}
