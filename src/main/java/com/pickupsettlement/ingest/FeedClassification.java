package com.pickupsettlement.ingest;

import com.pickupsettlement.config.SettlementProperties;
import com.pickupsettlement.domain.BusinessDate;
import com.pickupsettlement.domain.Feed;
import com.pickupsettlement.domain.RejectReason;
import com.pickupsettlement.system.SqlScript;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * After a file is staged: the checks of each row against other rows (set-based SQL) and the
 * file's counts (read = accepted + duplicates + rejected). Once all three are classified, the
 * reject-ratio refusal of rulebook 2.5, which stops the date before anything reaches the core
 * tables.
 */
@Component
public class FeedClassification {
    private static final Map<Feed, SqlScript> SCRIPTS = Map.of(
            Feed.ORDERS, SqlScript.load("sql/ingest/classify_orders.sql"),
            Feed.MANIFEST, SqlScript.load("sql/ingest/classify_manifest.sql"),
            Feed.PICKUPS, SqlScript.load("sql/ingest/classify_pickups.sql"));

    private final NamedParameterJdbcTemplate jdbc;
    private final SettlementProperties.Refusal refusal;

    FeedClassification(NamedParameterJdbcTemplate jdbc, SettlementProperties properties) {
        this.jdbc = jdbc;
        this.refusal = properties.refusal();
    }

    /**
     * Decides every staged row of one file and records the file's counts. A file's checks read its
     * own staging table and the core tables only, so the three files are classified independently.
     */
    public void classify(Feed feed, BusinessDate date) {
        decide(feed, date);
        record(feed, date, count(feed, date));
    }

    /** Decides every staged row of one file (duplicate, rejected against other rows), recording nothing else. */
    public void decide(Feed feed, BusinessDate date) {
        Map<String, Object> params = new HashMap<>(RejectReason.SQL_PARAMETERS);
        params.put("date", date.date());
        SCRIPTS.get(feed).run(jdbc, params);
    }

    /**
     * Runs as a step of its own after {@link #classify}, so the outcomes are committed and the
     * refusal report can list every rejected row, those rejected against other rows included.
     * The resolutions file is not subject to the rule (rulebook 9): a bad row of it never
     * refuses the night.
     */
    public void refuseOverRatio(BusinessDate date) {
        for (Feed feed : SCRIPTS.keySet().stream().sorted().toList()) {
            FeedCounts counts = count(feed, date);
            if (isRefused(counts)) {
                throw FeedRefusedException.rejectRatio(feed.fileName(date), counts.rejected() + " of "
                        + counts.read() + " data rows rejected, more than " + refusal.percent()
                        + " % and more than " + refusal.minRows() + " rows");
            }
        }
    }

    /** Rulebook 8: refused when rejected x 100 > data rows (at the default 1 %) and above the floor. */
    boolean isRefused(FeedCounts c) {
        return c.rejected() * 100 > c.read() * refusal.percent() && c.rejected() > refusal.minRows();
    }

    /** The counts of a file whose rows are all decided. */
    public FeedCounts count(Feed feed, BusinessDate date) {
        return jdbc.queryForObject("SELECT count(*) AS read, count(*) FILTER (WHERE outcome IS NULL) AS accepted, "
                        + "count(*) FILTER (WHERE outcome = 'D') AS duplicates, "
                        + "count(*) FILTER (WHERE outcome = 'R') AS rejected FROM " + StagingTables.of(feed)
                        + " WHERE business_date = :date",
                Map.of("date", date.date()),
                (rs, i) -> new FeedCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)));
    }

    /**
     * The resolutions file's counts, once its rows are judged (rulebook 9, step applyResolutions),
     * when the date has one: a file present, even header-only, is one of the date's inputs.
     */
    public void recordResolutions(BusinessDate date) {
        boolean present = Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT resolutions_sha256 IS NOT NULL FROM business_day WHERE business_date = :date",
                Map.of("date", date.date()), Boolean.class));
        if (present) {
            record(Feed.RESOLUTIONS, date, count(Feed.RESOLUTIONS, date));
        }
    }

    /** Records a file's counts beside its checksum. */
    private void record(Feed feed, BusinessDate date, FeedCounts c) {
        jdbc.update("""
                INSERT INTO feed_file (business_date, feed, file_name, sha256, read, accepted, duplicates, rejected)
                SELECT :date, :feed, :file, CASE :feed WHEN 'orders' THEN orders_sha256
                       WHEN 'manifest' THEN manifest_sha256 WHEN 'pickups' THEN pickups_sha256
                       ELSE resolutions_sha256 END,
                       :read, :accepted, :duplicates, :rejected
                FROM business_day WHERE business_date = :date
                ON CONFLICT (business_date, feed) DO UPDATE SET sha256 = EXCLUDED.sha256, read = EXCLUDED.read,
                    accepted = EXCLUDED.accepted, duplicates = EXCLUDED.duplicates, rejected = EXCLUDED.rejected
                """, Map.of("date", date.date(), "feed", feed.code(), "file", feed.fileName(date),
                "read", c.read(), "accepted", c.accepted(), "duplicates", c.duplicates(), "rejected", c.rejected()));
    }
}
