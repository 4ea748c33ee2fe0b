package com.pickupsettlement.ops;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A command's result on stdout: an aligned table for people, or CSV (RFC 4180, "\n") for
 * scripts, so that {@code status --format csv | head} is pure CSV. Logs go to stderr.
 */
final class ConsoleTable {
    enum Format { table, csv }

    private final List<String> header;
    private final List<String[]> rows = new ArrayList<>();

    ConsoleTable(String... header) {
        this.header = List.of(header);
    }

    void add(String... row) {
        rows.add(row);
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** @param empty what a table says when it has no row (CSV prints its header only) */
    void print(Format format, String empty) {
        if (format == Format.csv) {
            PrintWriter out = new PrintWriter(System.out);
            try (ICSVWriter csv = new CSVWriter(out, ',', '"', '"', "\n")) {
                csv.writeNext(header.toArray(String[]::new), false);
                rows.forEach(r -> csv.writeNext(r, false));
                csv.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        int[] width = new int[header.size()];
        List<String[]> all = new ArrayList<>();
        all.add(header.toArray(String[]::new));
        all.addAll(rows);
        for (String[] r : all) {
            for (int i = 0; i < r.length; i++) {
                width[i] = Math.max(width[i], r[i] == null ? 0 : r[i].length());
            }
        }
        for (String[] r : all) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                String cell = r[i] == null ? "" : r[i].replace('\n', ' ');
                sb.append(cell).append(" ".repeat(width[i] + 2 - cell.length()));
            }
            System.out.println(sb.toString().stripTrailing());
        }
        if (rows.isEmpty()) {
            System.out.println(empty);
        }
    }
}
