package com.pickupsettlement.ops;

import com.pickupsettlement.config.SettlementProperties;
import com.pickupsettlement.domain.AgreementSet;
import com.pickupsettlement.domain.BusinessDate;
import com.pickupsettlement.domain.Feed;
import com.pickupsettlement.domain.InvalidAgreementsException;
import com.pickupsettlement.ingest.FeedRefusedException;
import com.pickupsettlement.job.NightlyJobFactory;
import com.pickupsettlement.report.DailyOutputs;
import com.pickupsettlement.report.RefusalReport;
import com.pickupsettlement.settle.AgreementRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code run --date D}: the operations contract of rulebook 7 around the nightly job. Checks
 * come in the order a careful operator would want: configuration (2), inputs present (3), one
 * run at a time (7), order of dates (6), a closed date's inputs (5); then the job runs or resumes.
 */
@Component
public class RunCommand {
    private static final Logger log = LoggerFactory.getLogger(RunCommand.class);

    private final SettlementProperties properties;
    private final DataSource dataSource;
    private final BusinessDays days;
    private final AgreementRepository agreements;
    private final NightlyJobFactory jobs;
    private final JobOperator jobOperator;
    private final DailyOutputs outputs;
    private final RefusalReport refusals;
    private final NamedParameterJdbcTemplate jdbc;

    RunCommand(SettlementProperties properties, DataSource dataSource, BusinessDays days, AgreementRepository agreements,
               NightlyJobFactory jobs, JobOperator jobOperator, DailyOutputs outputs, RefusalReport refusals,
               NamedParameterJdbcTemplate jdbc) {
        this.properties = properties;
        this.dataSource = dataSource;
        this.days = days;
        this.agreements = agreements;
        this.jobs = jobs;
        this.jobOperator = jobOperator;
        this.outputs = outputs;
        this.refusals = refusals;
        this.jdbc = jdbc;
    }

    public ExitCode run(BusinessDate date) throws Exception {
        Path inbox = properties.inbox();
        AgreementSet agreementSet;
        try {
            agreementSet = AgreementsFile.read(inbox);
            agreementSet.requireMarketplaceOn(date.date());
        } catch (InvalidAgreementsException e) {
            throw new OperatorMessage(ExitCode.USAGE, "agreements are not valid: " + e.getMessage()
                    + ". Nothing was loaded. Fix " + inbox.resolve(AgreementsFile.NAME) + " and run " + date + " again.");
        }
        requireFeeds(inbox, date);
        try (RunLock lock = RunLock.tryAcquire(dataSource)) {
            if (lock == null) {
                throw new OperatorMessage(ExitCode.ANOTHER_RUN_ACTIVE, "another run is active; this one did nothing. "
                        + "Wait for it to end (see 'status') and run " + date + " again if needed.");
            }
            return runLocked(date, agreementSet);
        }
    }

    private void requireFeeds(Path inbox, BusinessDate date) {
        List<String> missing = new ArrayList<>();
        for (Feed feed : Feed.values()) {
            if (!Files.isRegularFile(inbox.resolve(feed.fileName(date)))) {
                missing.add(feed.fileName(date));
            }
        }
        if (!missing.isEmpty()) {
            throw new OperatorMessage(ExitCode.INPUT_NOT_READY, "input not ready for " + date + ": missing "
                    + String.join(", ", missing) + " in " + inbox + ". Nothing was loaded; run again when it arrives.");
        }
    }

    private ExitCode runLocked(BusinessDate date, AgreementSet agreementSet) throws Exception {
        InputChecksums inputs = InputChecksums.of(properties.inbox(), date);
        Optional<BusinessDays.Day> day = days.find(date);
        if (day.isPresent() && day.get().status().equals("COMPLETED")) {
            return rerunClosed(date, day.get(), inputs);
        }
        long runKey;
        if (day.isPresent()) {
            List<String> changed = inputs.differences(day.get().inputs(), date);
            if (!changed.isEmpty()) {
                throw new OperatorMessage(ExitCode.INPUTS_CHANGED, date + " failed earlier and its inputs have changed since ("
                        + String.join(", ", changed) + "). A failed date resumes only with the same files: put the "
                        + "original files back, or ask for the date to be reset.");
            }
            runKey = day.get().runKey();
            // Not closed yet: the agreements as they are now apply (a fix to them is how an exit 2 is resolved).
            agreements.forget(date);
            agreements.recordIfAbsent(date, agreementSet);
        } else {
            if (days.anyDayEverRun() && !days.isCompleted(date.previous())) {
                throw new OperatorMessage(ExitCode.EARLIER_DATE_NOT_COMPLETED, "cannot run " + date + ": "
                        + date.previous() + " is not completed. Dates run strictly in order; run the missing dates first "
                        + "(catch-up does that).");
            }
            runKey = System.currentTimeMillis();
            days.start(date, runKey, inputs);
            agreements.recordIfAbsent(date, agreementSet);
        }
        days.setStatus(date, "RUNNING");
        return execute(date, runKey);
    }

    private ExitCode rerunClosed(BusinessDate date, BusinessDays.Day day, InputChecksums inputs) throws Exception {
        List<String> changed = inputs.differences(day.inputs(), date);
        if (!changed.isEmpty()) {
            throw new OperatorMessage(ExitCode.INPUTS_CHANGED, date + " is closed and " + String.join(", ", changed)
                    + " differ from the files it was run with. The outputs were left untouched.");
        }
        outputs.republish(date);
        log.info("{} was already completed with these inputs: reproduced {}", date, outputs.folder(date));
        return ExitCode.COMPLETED;
    }

    private ExitCode execute(BusinessDate date, long runKey) throws Exception {
        JobParameters params = new JobParametersBuilder()
                .addString("businessDate", date.toString())
                .addLong("runKey", runKey)
                .toJobParameters();
        long started = System.nanoTime();
        // The rulebook's dates are Moscow dates whatever the zones below; they are logged because a
        // wrong date is the first thing anyone suspects of them.
        log.info("{}: running (JVM time zone {}, database session time zone {})", date, ZoneId.systemDefault().getId(),
                jdbc.queryForObject("SHOW TimeZone", Map.of(), String.class));
        JobExecution execution;
        try {
            execution = jobOperator.start(jobs.create(date), params);
        } catch (JobExecutionAlreadyRunningException e) {
            throw new OperatorMessage(ExitCode.FAILED, "the last run of " + date + " was left STARTED by a crash. "
                    + "Run 'recover --date " + date + "', then run " + date + " again: it resumes where it stopped.");
        }
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            days.complete(date);
            printCounts(date);
            log.info("{} COMPLETED in {} s: {}; outputs in {}", date,
                    String.format("%.1f", (System.nanoTime() - started) / 1e9), nightSummary(date), outputs.folder(date));
            return ExitCode.COMPLETED;
        }
        Throwable failure = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
        FeedRefusedException refused = firstRefusal(execution, date);
        if (refused != null) {
            Path folder = refusals.write(date, refused);
            days.forget(date);
            throw new OperatorMessage(ExitCode.INPUT_REFUSED, "input refused: " + refused.getMessage()
                    + ". Nothing of " + date + " was kept; what to send back is in " + folder
                    + ". Fix the file and run " + date + " again.");
        }
        days.setStatus(date, "FAILED");
        InvalidAgreementsException agreementsFault = find(failure, InvalidAgreementsException.class);
        if (agreementsFault != null) {
            throw new OperatorMessage(ExitCode.USAGE, date + " failed: " + agreementsFault.getMessage()
                    + ". Fix the agreements and run " + date + " again.");
        }
        log.error("{} FAILED", date, failure);
        throw new OperatorMessage(ExitCode.FAILED, date + " failed: " + (failure == null ? execution.getExitStatus()
                : Failure.rootMessage(failure)) + ". Run " + date + " again with the same files: it resumes where it failed.");
    }

    private void printCounts(BusinessDate date) {
        jdbc.query("SELECT file_name, read, accepted, duplicates, rejected FROM feed_file WHERE business_date = :date "
                + "ORDER BY CASE feed WHEN 'orders' THEN 1 WHEN 'manifest' THEN 2 ELSE 3 END", Map.of("date", date.date()),
                rs -> {
                    System.out.printf("%s: read %d, accepted %d, duplicates %d, rejected %d%n", rs.getString(1),
                            rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5));
                });
    }

    private String nightSummary(BusinessDate date) {
        return jdbc.queryForObject("""
                SELECT format('%s rows read, %s accepted, %s duplicates, %s rejected; %s orders settled, %s reversed; '
                              || '%s exceptions open (%s blocking)',
                       (SELECT sum(read) FROM feed_file WHERE business_date = :date),
                       (SELECT sum(accepted) FROM feed_file WHERE business_date = :date),
                       (SELECT sum(duplicates) FROM feed_file WHERE business_date = :date),
                       (SELECT sum(rejected) FROM feed_file WHERE business_date = :date),
                       (SELECT count(*) FROM settled_order WHERE settlement_date = :date),
                       (SELECT count(*) FROM settled_order WHERE reversed_on = :date),
                       (SELECT count(*) FROM exception_case WHERE closed_on IS NULL),
                       (SELECT count(*) FROM exception_case WHERE closed_on IS NULL AND severity = 'BLOCKING'))
                """, Map.of("date", date.date()), String.class);
    }

    /**
     * The files load side by side, so two bad files can both be refused in one run. The one
     * reported is the first in the rulebook's feed order, as if they had been read one by one.
     */
    private static FeedRefusedException firstRefusal(JobExecution execution, BusinessDate date) {
        return execution.getAllFailureExceptions().stream()
                .map(t -> find(t, FeedRefusedException.class))
                .filter(Objects::nonNull)
                .min(Comparator.comparingInt(r -> feedOrder(r.fileName(), date)))
                .orElse(null);
    }

    private static int feedOrder(String fileName, BusinessDate date) {
        for (Feed feed : Feed.values()) {
            if (feed.fileName(date).equals(fileName)) {
                return feed.ordinal();
            }
        }
        return Feed.values().length;
    }

    static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }
}
