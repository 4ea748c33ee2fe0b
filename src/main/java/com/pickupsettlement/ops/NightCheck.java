package com.pickupsettlement.ops;

import com.pickupsettlement.config.SettlementProperties;
import com.pickupsettlement.domain.BusinessDate;
import com.pickupsettlement.domain.DayStatus;
import com.pickupsettlement.domain.Feed;
import com.pickupsettlement.domain.RejectReason;
import com.pickupsettlement.ingest.FeedClassification;
import com.pickupsettlement.ingest.FeedCounts;
import com.pickupsettlement.ingest.FeedItemReader;
import com.pickupsettlement.ingest.FeedRefusedException;
import com.pickupsettlement.ingest.FeedRowParser;
import com.pickupsettlement.ingest.ManifestRowParser;
import com.pickupsettlement.ingest.OrderRowParser;
import com.pickupsettlement.ingest.PickupRowParser;
import com.pickupsettlement.ingest.StagedRow;
import com.pickupsettlement.ingest.StagingCopyWriter;
import com.pickupsettlement.ingest.StagingTables;
import com.pickupsettlement.ingest.ResolutionRowParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code check --date D}: "will tonight's files pass?" The checks of {@link NightRun} in the same
 * order (agreements 2, run lock 7, order of dates 6, readiness 3, a closed or failed date's inputs
 * 5), then the date's files go through the run's own readers, cell rules, staging COPY and
 * classification SQL, and the 1 % rule, in one transaction that is always rolled back. So every
 * row gets the reason the run would give it, against the history the run would see, and nothing
 * is kept: no table changes, no job is started, no folder is written (only the planner's size
 * estimates of the staging tables, which the classification's ANALYZE updates in place, may move:
 * no row of any table). The run lock is held while the files are staged (a run staging the same
 * date would clash with them) and released at the end.
 * What a dry run cannot tell: a resolutions row that is "not open" or a "conflicting resolution"
 * is judged against the state after reconciliation, so only its field checks are counted here.
 */
@Component
class NightCheck {
    private final SettlementProperties properties;
    private final DataSource dataSource;
    private final TransactionTemplate transaction;
    private final NamedParameterJdbcTemplate jdbc;
    private final BusinessDays days;
    private final DateOrder dateOrder;
    private final FeedClassification classification;

    NightCheck(SettlementProperties properties, DataSource dataSource, PlatformTransactionManager transactionManager,
               NamedParameterJdbcTemplate jdbc, BusinessDays days, DateOrder dateOrder, FeedClassification classification) {
        this.properties = properties;
        this.dataSource = dataSource;
        this.transaction = new TransactionTemplate(transactionManager);
        this.jdbc = jdbc;
        this.days = days;
        this.dateOrder = dateOrder;
        this.classification = classification;
    }

    ExitCode check(BusinessDate date) throws Exception {
        try {
            String verdict = examine(date);
            System.out.println("run --date " + date + " would exit 0: " + verdict);
            return ExitCode.COMPLETED;
        } catch (OperatorMessage m) {
            System.out.println("run --date " + date + " would exit " + m.exitCode().code());
            throw new OperatorMessage(m.exitCode(), "check " + date + ": run would exit " + m.exitCode().code() + ": "
                    + m.getMessage());
        }
    }

    private String examine(BusinessDate date) throws Exception {
        Path inbox = properties.inbox();
        AgreementsCheck.read(inbox, date);
        try (RunLock lock = RunLock.hold(dataSource, "another run is active. Check again when it has ended.")) {
            Optional<BusinessDays.Day> day = days.find(date);
            dateOrder.check(date, day);
            InputsReady ready = InputsReady.check(inbox, date, properties.feeds());
            InputChecksums inputs = InputChecksums.of(inbox, date);
            ready.confirmUnchanged();
            if (day.isPresent()) {
                List<String> changed = inputs.differences(day.get().inputs(), date);
                boolean closed = day.get().status() == DayStatus.COMPLETED;
                if (!changed.isEmpty()) {
                    throw new OperatorMessage(ExitCode.INPUTS_CHANGED, date + (closed ? " is closed and " : " failed earlier and ")
                            + String.join(", ", changed) + " differ from the files it was run with.");
                }
                // Its files were read when it started: a closed date reproduces its outputs, a
                // failed one resumes where it stopped (staging again what it had staged would
                // only meet its own rows).
                return closed ? date + " is closed with these very files; run reproduces its outputs"
                        : date + " is " + day.get().status() + " with these very files; run resumes it where it stopped"
                        + " (after 'recover' if a crash left it STARTED)";
            }
            return dryRun(date);
        }
    }

    /** Stages and classifies the date's files in a transaction that is rolled back, whatever happens. */
    private String dryRun(BusinessDate date) {
        Map<Feed, FeedRefusedException> refused = new EnumMap<>(Feed.class);
        String verdict = transaction.execute(status -> {
            status.setRollbackOnly();
            for (Feed feed : Feed.values()) {
                jdbc.update("DELETE FROM " + StagingTables.of(feed) + " WHERE business_date = :date", Map.of("date", date.date()));
            }
            for (Feed feed : Feed.values()) {
                try {
                    stage(feed, date);
                    if (feed.required()) {
                        classification.decide(feed, date);
                    }
                } catch (FeedRefusedException e) {
                    refused.put(feed, e);
                }
            }
            for (Feed feed : Feed.values()) {
                String name = feed.fileName(date);
                if (refused.containsKey(feed)) {
                    System.out.println(name + ": refused: " + refused.get(feed).getMessage());
                } else if (feed.required() || properties.inbox().resolve(name).toFile().isFile()) {
                    FeedCounts c = classification.count(feed, date);
                    System.out.printf("%s: read %d, accepted %d, duplicates %d, rejected %d%s%n", name, c.read(),
                            c.accepted(), c.duplicates(), c.rejected(), feed.required() ? ""
                                    : " (field checks only: '" + RejectReason.NOT_OPEN + "' and '"
                                    + RejectReason.CONFLICTING_RESOLUTION + "' are judged by the run)");
                }
            }
            if (refused.isEmpty()) {
                try {
                    classification.refuseOverRatio(date);
                } catch (FeedRefusedException e) {
                    refused.put(Feed.ORDERS, e); // any key: only the first refusal is reported
                }
            }
            return refused.isEmpty() ? "every file would load" : null;
        });
        if (verdict == null) {
            // The first in feed order, as the run reports it.
            FeedRefusedException first = refused.values().iterator().next();
            throw new OperatorMessage(ExitCode.INPUT_REFUSED, "input refused: " + first.getMessage() + ". The run would keep "
                    + "nothing of " + date + " and write what to send back to " + properties.out().resolve("refused")
                    .resolve(date.toString()) + ".");
        }
        return verdict;
    }

    /** The run's load step for one file: the same reader, cell rules and COPY, on this transaction. */
    private void stage(Feed feed, BusinessDate date) throws FeedRefusedException {
        var feeds = properties.feeds();
        Path file = properties.inbox().resolve(feed.fileName(date));
        int max = feeds.maxRecordChars();
        FeedRowParser parser;
        FeedItemReader reader = switch (feed) {
            case ORDERS -> new FeedItemReader(file, parser = new OrderRowParser(feeds.orders().delimiter()), feeds.orders(),
                    max, date, false);
            case MANIFEST -> new FeedItemReader(file, parser = new ManifestRowParser(feeds.manifest().delimiter()),
                    feeds.manifest(), max, date, true);
            case PICKUPS -> new FeedItemReader(file, parser = new PickupRowParser(feeds.pickups().delimiter()),
                    feeds.pickups(), max, date, false);
            case RESOLUTIONS -> {
                parser = null;
                yield FeedItemReader.resolutions(file, max, date);
            }
        };
        List<String> columns = parser != null ? parser.typedColumns() : ResolutionRowParser.COLUMNS;
        StagingCopyWriter writer = new StagingCopyWriter(dataSource, StagingTables.of(feed), columns, date, "check");
        reader.open(new ExecutionContext());
        try {
            List<StagedRow> chunk = new ArrayList<>();
            for (StagedRow row = reader.read(); row != null; row = reader.read()) {
                chunk.add(row);
                if (chunk.size() == properties.chunkSize()) {
                    writer.write(new Chunk<>(chunk));
                    chunk.clear();
                }
            }
            if (!chunk.isEmpty()) {
                writer.write(new Chunk<>(chunk));
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot stage " + file + " for the check: " + e.getMessage(), e);
        } finally {
            reader.close();
        }
    }
}
