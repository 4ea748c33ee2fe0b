package com.pickupsettlement.report.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Debian's Chromium, headless, as a finance person's browser for the page tests: it dumps the
 * DOM it built, takes screenshots, prints to PDF, and tells whether a page fetched anything.
 * Each run gets a fresh profile, and its network is kept on this machine: every connection goes
 * to a proxy on a closed loopback port and no host name resolves, so a page that tries to fetch
 * something fails to, and the attempt is still in the browser's net log.
 */
public final class HeadlessChromium {
    static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final Duration RUN_LIMIT = Duration.ofSeconds(120);
    private static final Duration INSTALL_WAIT = Duration.ofMinutes(10);
    private static final Pattern NETWORK_URL = Pattern.compile("\\b(?:https?|wss?|ftp)://[^\\s\"<>\\\\]+");

    /** What the browser made of a page, and every URL it tried to fetch for it. */
    public record Visit(String dom, List<String> externalFetches) {
    }

    private HeadlessChromium() {
    }

    /** The browser, once installed; waits while apt or dpkg is still at it (the machine may be installing it now). */
    public static HeadlessChromium installed() {
        Instant until = Instant.now().plus(INSTALL_WAIT);
        while (!Files.isExecutable(BINARY)) {
            if (!packageManagerRunning() || Instant.now().isAfter(until)) {
                throw new IllegalStateException(BINARY + " is missing: apt-get install -y --no-install-recommends chromium");
            }
            sleep(Duration.ofSeconds(5));
        }
        return new HeadlessChromium();
    }

    /** Loads the page as a user would and returns the DOM after load, and what it tried to fetch. */
    public Visit dumpDom(Path page) {
        Path netLog = temp("net-log", ".json");
        try {
            String dom = run(page, List.of("--dump-dom", "--log-net-log=" + netLog));
            return new Visit(dom, externalFetches(netLog));
        } finally {
            delete(netLog);
        }
    }

    /** A PNG of the first {@code height} CSS pixels of the page laid out {@code width} pixels wide. */
    public void screenshot(Path page, Path png, int width, int height) {
        run(page, List.of("--hide-scrollbars", "--force-device-scale-factor=1",
                "--window-size=" + width + "," + height, "--screenshot=" + png));
    }

    /** The page printed as the browser's print dialog would, with its own @page size and no header or footer. */
    void printToPdf(Path page, Path pdf) {
        run(page, List.of("--no-pdf-header-footer", "--print-to-pdf=" + pdf));
    }

    /**
     * The network URLs in net log events that belong to the page. Chromium keys every request,
     * preconnect and lookup it makes for a page by the page's site, here "file://"; its own
     * background requests (update checks, time) carry another key or none, and are left out.
     * The file itself is read without the network stack, so a clean page leaves no URL at all.
     */
    static List<String> externalFetches(Path netLog) {
        TreeSet<String> urls = new TreeSet<>();
        try (Stream<String> lines = Files.lines(netLog, StandardCharsets.UTF_8)) {
            // One event per line, each starting {"params" or {"phase"; the first line is the
            // constants (with the command line, page URL included), the last the polled state.
            lines.filter(l -> l.startsWith("{\"p") && l.contains("file://")).forEach(l -> {
                Matcher m = NETWORK_URL.matcher(l);
                while (m.find()) {
                    urls.add(m.group());
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(urls);
    }

    private String run(Path page, List<String> action) {
        Path profile = temp("chromium-profile", "");
        Path out = temp("chromium", ".out");
        Path err = temp("chromium", ".err");
        List<String> command = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
                "--proxy-server=127.0.0.1:9", "--host-resolver-rules=MAP * ~NOTFOUND"));
        command.addAll(action);
        command.add(page.toAbsolutePath().toUri().toString());
        try {
            Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(RUN_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                throw new IllegalStateException("chromium did not finish in " + RUN_LIMIT + ": " + command);
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException("chromium exited " + p.exitValue() + ": " + command + "\n"
                        + Files.readString(err, StandardCharsets.UTF_8));
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            delete(out);
            delete(err);
            delete(profile);
        }
    }

    private static boolean packageManagerRunning() {
        return ProcessHandle.allProcesses().map(h -> h.info().command().orElse(""))
                .map(c -> c.substring(c.lastIndexOf('/') + 1))
                .anyMatch(c -> c.equals("dpkg") || c.equals("apt-get") || c.equals("apt"));
    }

    private static Path temp(String prefix, String suffix) {
        try {
            return suffix.isEmpty() ? Files.createTempDirectory(prefix) : Files.createTempFile(prefix, suffix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
