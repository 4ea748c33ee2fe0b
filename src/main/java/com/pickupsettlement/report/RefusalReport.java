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
import java.util.Map;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Rulebook 2.5: for a refused file, what ops send back goes to out/refused/YYYY-MM-DD/ - the
 * reason, and for the reject ratio every rejected row of that file - and nothing else.
 */
@Component
public class RefusalReport {
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
