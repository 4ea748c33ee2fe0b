package com.pickupsettlement.report;

import com.pickupsettlement.config.SettlementProperties;
import com.pickupsettlement.domain.BusinessDate;
import com.pickupsettlement.domain.Feed;
import com.pickupsettlement.ingest.FeedRefusedException;
import com.pickupsettlement.ingest.NulSafe;
import com.pickupsettlement.ingest.StagingTables;
import com.pickupsettlement.report.OutputRows.RejectRow;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Rulebook 2.5: for a refused file, what ops send back goes to out/refused/YYYY-MM-DD/ - the
 * reason, and for the reject ratio every rejected row of that file - and nothing else. Once the
 * date completes, that folder is marked superseded ({@link #supersede}).
 */
@Component
public class RefusalReport {
    private static final Logger log = LoggerFactory.getLogger(RefusalReport.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private final NamedParameterJdbcTemplate jdbc;
    private final Path out;

    RefusalReport(NamedParameterJdbcTemplate jdbc, SettlementProperties properties) {
        this.jdbc = jdbc;
        this.out = properties.out();
    }

    public Path write(BusinessDate date, FeedRefusedException refused) throws IOException {
        Path refusedRoot = out.resolve("refused");
        Path tmp = Publisher.staging(refusedRoot, date.toString());
        Files.writeString(tmp.resolve("REASON.txt"), refused.getMessage() + "\n", StandardCharsets.UTF_8);
        for (Feed feed : Feed.values()) {
            if (feed.fileName(date).equals(refused.fileName()) && refused.isRejectRatio()) {
                writeRejects(tmp.resolve("rejects_" + date.compact() + ".csv"), feed, date);
            }
        }
        Path target = refusedRoot.resolve(date.toString());
        Publisher.commit(tmp, target);
        return target;
    }

    /**
     * D has just completed, or was found completed: its refusal, if any, is marked superseded now
     * ({@link #supersede}), and the log says where it went. One place for both ways a night ends
     * completed (a run, and a re-run of a closed date, which finishes a rename a crash interrupted).
     */
    public void supersedeCompleted(BusinessDate date) throws IOException {
        supersede(date, Instant.now()).ifPresent(folder ->
                log.info("{} completed: its earlier refusal is superseded, now {}", date, folder));
    }

    /**
     * Once D completes, an earlier refusal of D is history. Its folder is renamed
     * {@code refused/D.superseded-<UTC time>} with a SUPERSEDED.txt inside, so that whoever acts
     * on {@code refused/} never sends back a file that has since been fixed, and the reason stays
     * for the record. The note is written before the rename: a crash in between leaves the note in
     * place, and the next run of D (a closed date re-run) finishes the rename.
     *
     * @return the renamed folder, or empty when D had no refusal
     */
    Optional<Path> supersede(BusinessDate date, Instant completed) throws IOException {
        Path refusedRoot = out.resolve("refused");
        Path folder = refusedRoot.resolve(date.toString());
        Publisher.restoreInterruptedSwap(folder);
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        Files.writeString(folder.resolve("SUPERSEDED.txt"), date + " completed at " + completed + " (UTC): this refusal "
                + "is superseded, nothing here needs to be sent back. The outputs are in " + out.resolve(date.toString())
                + ".\n", StandardCharsets.UTF_8);
        Publisher.fsync(folder.resolve("SUPERSEDED.txt"), false);
        Path target = refusedRoot.resolve(date + ".superseded-" + STAMP.format(completed));
        Files.move(folder, target, StandardCopyOption.ATOMIC_MOVE);
        Publisher.fsync(refusedRoot, true);
        return Optional.of(target);
    }

    private void writeRejects(Path file, Feed feed, BusinessDate date) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CsvOut csv = new CsvOut(w, RejectRow.TABLE.header())) {
            jdbc.query("SELECT line_number, reject_reason, raw_line, raw_has_nul FROM " + StagingTables.of(feed)
                    + " WHERE business_date = :date AND reject_reason IS NOT NULL ORDER BY line_number",
                    Map.of("date", date.date()), (RowCallbackHandler) rs -> csv.row(RejectRow.TABLE.csv(
                            new RejectRow(feed.code(), feed.fileName(date), rs.getLong(1), rs.getString(2),
                                    rs.getBoolean(4) ? NulSafe.decode(rs.getString(3)) : rs.getString(3)))));
        }
    }
}
