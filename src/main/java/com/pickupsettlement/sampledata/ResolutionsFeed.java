package com.pickupsettlement.sampledata;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Finance's resolutions file (rulebook 9), written with anomalies on, on every third date from the
 * third: CLOSEs of breaks the generator planted that are certainly open (see {@link OpenBreaks}),
 * a WRITE_OFF of an order they block, and one bad row of each kind the rulebook names, in an order
 * drawn from the seed. Saved as a spreadsheet saves CSV: on alternate files Windows-1251 with ';'
 * and CRLF (a Russian Excel), or UTF-8 with ',' (a BOM on some).
 *
 * <p>Orders named once are never named again ({@code used}), so a later file closes no exception
 * already resolved and writes off no order already released.
 */
final class ResolutionsFeed {
    static final String[] COLUMNS = {"action", "type", "order_id", "tracking_number", "reason", "resolved_by"};
    static final String CLOSE = "CLOSE";
    static final String WRITE_OFF = "WRITE_OFF";
    static final String ACCEPTED = "accepted";
    static final String DUPLICATE = "duplicate";

    /** A row as planted, its identity as the pipeline reads it (the "'" removed), and what should become of it. */
    record Planted(LocalDate date, int line, String action, String type, String orderId, String tracking,
                   String outcome, boolean settlesTonight) {
    }

    record Row(String[] cells, String outcome, boolean settlesTonight) {
        Row(String outcome, String... cells) {
            this(cells, outcome, false);
        }
    }

    private final Setup setup;
    private final SpoiledOrders spoiled;
    private final OpenBreaks breaks;
    private final Consumer<Planted> planted;
    private final Set<Long> used = new HashSet<>();
    private final Rng rng = new Rng();

    ResolutionsFeed(Setup setup, SpoiledOrders spoiled, Consumer<Planted> planted) {
        this.setup = setup;
        this.spoiled = spoiled;
        this.breaks = new OpenBreaks(setup, spoiled);
        this.planted = planted;
    }

    /** Every third date from the third: never the go-live date, whose exceptions nobody has seen yet. */
    static boolean fileOn(Setup setup, int day) {
        int k = day - setup.firstDay;
        return setup.anomalies && k >= 2 && k % 3 == 2;
    }

    /** Alternate files come from a Russian Excel; which comes first is the seed's. */
    static boolean windows1251(Setup setup, int day) {
        return style(setup, day) % 2 == 0;
    }

    private static int style(Setup setup, int day) {
        int n = (day - setup.firstDay - 2) / 3;
        return (n + Hash.below(Hash.of(setup.seed, 14, 0, 0), 4)) % 4;
    }

    /** Written after the date's feeds, so every bad row planted up to the date is known. */
    void write(Path inbox, int day) throws IOException {
        if (!fileOn(setup, day)) {
            return;
        }
        spoiled.forgetPlacedBefore(day - DayScan.WINDOW);
        used.removeIf(k -> (int) (k >> 32) < day - DayScan.WINDOW);
        boolean russian = windows1251(setup, day);
        List<Row> rows = rows(day, russian ? ',' : '.');
        char separator = russian ? ';' : ',';
        String lineEnd = russian ? "\r\n" : "\n";
        Charset charset = russian ? DayFiles.WINDOWS_1251 : StandardCharsets.UTF_8;
        StringBuilder name = new StringBuilder("resolutions_");
        Fmt.yyyymmdd(name, day);
        try (Writer out = DayFiles.open(inbox.resolve(name + ".csv"), charset)) {
            if (style(setup, day) == 1) {
                out.write('\uFEFF');
            }
            out.write(String.join(String.valueOf(separator), COLUMNS) + lineEnd);
            CsvLine line = new CsvLine(separator, lineEnd);
            for (Row row : rows) {
                line.reset();
                for (String cell : row.cells()) {
                    line.add(cell);
                }
                line.write(out);
            }
        }
        LocalDate date = LocalDate.ofEpochDay(day);
        for (int i = 0; i < rows.size(); i++) {
            String[] c = rows.get(i).cells();
            planted.accept(new Planted(date, i + 2, c[0], c[1], unguarded(c[2]), unguarded(c[3]),
                    rows.get(i).outcome(), rows.get(i).settlesTonight()));
        }
    }

    private List<Row> rows(int day, char decimal) {
        breaks.find(day, used);
        rng.seed(Hash.of(setup.seed, 16, day, 0));
        List<OpenBreaks.Break> closes = new ArrayList<>(breaks.wrongPointTonight);
        List<OpenBreaks.Break> spare = new ArrayList<>(breaks.wrongPoint);
        while (closes.size() < 2 && !spare.isEmpty()) {
            closes.add(spare.remove(0));
        }
        spare.addAll(breaks.countMismatch.subList(Math.min(1, breaks.countMismatch.size()), breaks.countMismatch.size()));
        first(breaks.duplicateTracking, closes);
        first(breaks.countMismatch, closes);

        List<Row> rows = new ArrayList<>();
        int formula = closes.isEmpty() ? -1 : rng.nextInt(closes.size());
        for (int i = 0; i < closes.size(); i++) {
            OpenBreaks.Break b = closes.get(i);
            used.add(b.order());
            String reason = i == formula ? "'=SUM(A1)" : ResolutionTexts.closeReason(b.type(), rng.nextInt(1000));
            rows.add(new Row(new String[] {CLOSE, b.type(), b.orderId(), b.tracking(), reason,
                ResolutionTexts.resolvedBy(rng.nextInt(1000))}, ACCEPTED, b.settlesTonight()));
        }
        Row writeOff = writeOff(spare);
        if (writeOff != null) {
            rows.add(writeOff);
        }
        OpenBreaks.Break clean = breaks.cleanOrder(day);
        if (clean != null) {
            rows.addAll(ResolutionTexts.badRows(clean.orderId(), clean.tracking(), decimal));
        }
        shuffle(rows);
        if (!closes.isEmpty()) {
            Row original = rows.stream().filter(r -> r.cells()[0].equals(CLOSE) && r.outcome().equals(ACCEPTED))
                    .findFirst().orElseThrow();
            String[] c = original.cells().clone();
            c[4] = ResolutionTexts.SECOND_THOUGHTS;
            c[5] = "ops.kuznetsov";
            insertAfter(rows, original, new Row("conflicting resolution", c));
        }
        Row repeated = writeOff != null ? writeOff : rows.stream().filter(r -> r.outcome().equals(ACCEPTED))
                .findFirst().orElse(null);
        if (repeated != null) {
            insertAfter(rows, repeated, new Row(DUPLICATE, repeated.cells().clone()));
        }
        return rows;
    }

    /** The borrower of a label released tonight stays blocked for good: finance writes it off. */
    private Row writeOff(List<OpenBreaks.Break> spare) {
        String orderId;
        long order;
        if (!breaks.duplicateTracking.isEmpty()) {
            orderId = breaks.duplicateTracking.get(0).otherOrderId();
            order = breaks.duplicateTracking.get(0).other();
        } else if (!spare.isEmpty()) {
            orderId = spare.get(0).orderId();
            order = spare.get(0).order();
        } else {
            return null;
        }
        used.add(order);
        return new Row(ACCEPTED, WRITE_OFF, "", orderId, "", ResolutionTexts.WRITE_OFF_REASON, "Петрова Е.А.");
    }

    private void first(List<OpenBreaks.Break> from, List<OpenBreaks.Break> to) {
        if (!from.isEmpty()) {
            to.add(from.get(0));
        }
    }

    private void shuffle(List<Row> rows) {
        for (int i = rows.size() - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            rows.set(i, rows.set(j, rows.get(i)));
        }
    }

    /** A repeat comes after the row it repeats, somewhere further down. */
    private void insertAfter(List<Row> rows, Row original, Row repeat) {
        int at = rows.indexOf(original) + 1;
        rows.add(at + rng.nextInt(rows.size() - at + 1), repeat);
    }

    /** Rulebook 9: a leading "'" before a formula character is removed before any check. */
    static String unguarded(String cell) {
        if (cell.length() >= 2 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0) {
            return cell.substring(1);
        }
        return cell;
    }
}
