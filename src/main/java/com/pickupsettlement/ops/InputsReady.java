package com.pickupsettlement.ops;

import com.pickupsettlement.config.SettlementProperties;
import com.pickupsettlement.domain.BusinessDate;
import com.pickupsettlement.domain.Feed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Exit 3: a file of the date has not arrived, or is still arriving; nothing is loaded.
 *
 * <p>The orders and pickups files have no trailer, so a file cron reads while it is still being
 * copied would look whole. A present file of the date (the three feeds and, when there, the
 * resolutions file) counts as arrived when:
 * <ul>
 * <li>its feed is listed in {@code settlement.feeds.done-markers}: its marker
 * {@code <file name>.done} exists (the sender writes it last, so the marker is the signal);</li>
 * <li>otherwise, with a quiet time Q above 0: its last modification is at least Q ago. Every
 * copy tool updates the modification time as it writes, so a file written to within Q is taken
 * as still arriving (a time in the future too: a clock we cannot trust).</li>
 * </ul>
 * Then the run reads every file whole for its checksum, and {@link #confirmUnchanged} compares
 * each file's size and modification time with those seen here: a writer that resumed after a
 * pause longer than Q is caught there too, instead of the run loading a file other than the one
 * whose checksum it records.
 */
final class InputsReady {
    private record Seen(Path file, long size, FileTime modified) {
    }

    private final BusinessDate date;
    private final List<Seen> seen;

    private InputsReady(BusinessDate date, List<Seen> seen) {
        this.date = date;
        this.seen = seen;
    }

    static InputsReady check(Path inbox, BusinessDate date, SettlementProperties.Feeds settings) {
        List<String> missing = new ArrayList<>();
        for (Feed feed : Feed.values()) {
            if (feed.required() && !Files.isRegularFile(inbox.resolve(feed.fileName(date)))) {
                missing.add(feed.fileName(date));
            }
        }
        if (!missing.isEmpty()) {
            throw new OperatorMessage(ExitCode.INPUT_NOT_READY, "input not ready for " + date + ": missing "
                    + String.join(", ", missing) + " in " + inbox + ". Nothing was loaded; run again when it arrives.");
        }
        Instant now = Instant.now();
        Duration quiet = settings.quietTime();
        List<String> arriving = new ArrayList<>();
        List<Seen> seen = new ArrayList<>();
        for (Feed feed : Feed.values()) {
            Path file = inbox.resolve(feed.fileName(date));
            if (!Files.isRegularFile(file)) {
                continue; // an absent resolutions file is normal
            }
            Seen state = stat(file);
            seen.add(state);
            String name = feed.fileName(date);
            if (settings.doneMarkers().contains(feed)) {
                if (!Files.exists(inbox.resolve(name + ".done"))) {
                    arriving.add(name + " has no " + name + ".done marker yet (its sender writes it once the file "
                            + "is complete)");
                }
            } else if (!quiet.isZero() && !quiet.isNegative()) {
                Duration age = Duration.between(state.modified().toInstant(), now);
                if (age.compareTo(quiet) < 0) {
                    arriving.add(name + " changed " + Math.max(0, age.toSeconds()) + " s ago, within the quiet time of "
                            + quiet.toSeconds() + " s (settlement.feeds.quiet-time): it may still be being copied");
                }
            }
        }
        if (!arriving.isEmpty()) {
            throw notReady(date, inbox, String.join("; ", arriving));
        }
        return new InputsReady(date, List.copyOf(seen));
    }

    /** After the files were read for their checksums: none of them changed meanwhile. */
    void confirmUnchanged() {
        for (Seen before : seen) {
            Seen now = Files.isRegularFile(before.file()) ? stat(before.file()) : null;
            if (now == null || now.size() != before.size() || !now.modified().equals(before.modified())) {
                throw notReady(date, before.file().getParent(), before.file().getFileName()
                        + " changed while it was being checked: it may still be being copied");
            }
        }
    }

    private static OperatorMessage notReady(BusinessDate date, Path inbox, String why) {
        return new OperatorMessage(ExitCode.INPUT_NOT_READY, "input not ready for " + date + ": " + why + " (in "
                + inbox + "). Nothing was loaded; run again once the file is complete.");
    }

    private static Seen stat(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new Seen(file, a.size(), a.lastModifiedTime());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
