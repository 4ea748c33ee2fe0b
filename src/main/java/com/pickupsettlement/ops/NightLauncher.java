package com.pickupsettlement.ops;

import com.pickupsettlement.domain.BusinessDate;
import com.pickupsettlement.domain.DayStatus;
import com.pickupsettlement.domain.Feed;
import com.pickupsettlement.domain.InvalidAgreementsException;
import com.pickupsettlement.ingest.FeedRefusedException;
import com.pickupsettlement.job.NightlyJobFactory;
import com.pickupsettlement.job.NightlyJobParameters;
import com.pickupsettlement.report.DailyOutputs;
import com.pickupsettlement.report.RefusalReport;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Starts or resumes a date's job and turns how it ended into the rulebook's exit code: 0 closes
 * the date; a refused file (4) keeps nothing of it and writes what to send back; an agreements
 * fault found while settling is configuration (2); anything else is a failure (1) that resumes.
 */
@Component
class NightLauncher {
    private static final Logger log = LoggerFactory.getLogger(NightLauncher.class);

    private final NightlyJobFactory jobs;
    private final JobOperator jobOperator;
    private final BusinessDays days;
    private final DailyOutputs outputs;
    private final RefusalReport refusals;
    private final NightConsole console;
    private final StaleResolutionFiles staleResolutions;
    private final NamedParameterJdbcTemplate jdbc;

    NightLauncher(NightlyJobFactory jobs, JobOperator jobOperator, BusinessDays days, DailyOutputs outputs,
                  RefusalReport refusals, NightConsole console, StaleResolutionFiles staleResolutions,
                  NamedParameterJdbcTemplate jdbc) {
        this.jobs = jobs;
        this.jobOperator = jobOperator;
        this.days = days;
        this.outputs = outputs;
        this.refusals = refusals;
        this.console = console;
        this.staleResolutions = staleResolutions;
        this.jdbc = jdbc;
    }

    ExitCode launch(BusinessDate date, long runKey) throws Exception {
        long started = System.nanoTime();
        // The rulebook's dates are Moscow dates whatever the zones below; they are logged because a
        // wrong date is the first thing anyone suspects of them.
        log.info("{}: running (JVM time zone {}, database session time zone {})", date, ZoneId.systemDefault().getId(),
                jdbc.queryForObject("SHOW TimeZone", Map.of(), String.class));
        JobExecution execution;
        try {
            execution = jobOperator.start(jobs.create(date), NightlyJobParameters.of(date, runKey));
        } catch (JobExecutionAlreadyRunningException e) {
            throw new OperatorMessage(ExitCode.FAILED, "the last run of " + date + " was left STARTED by a crash. "
                    + "Run 'recover --date " + date + "', then run " + date + " again: it resumes where it stopped.");
        }
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            days.complete(date);
            refusals.supersedeCompleted(date);
            console.printCounts(date);
            String notApplied = "";
            for (String stale : staleResolutions.before(date)) {
                String why = stale + " was not applied: its date has already run. Re-date it to a night still to come";
                System.out.println(why);
                log.warn(why);
                notApplied += "; " + stale + " not applied (dated for a date already run)";
            }
            // The summary line is the command's result (stdout), not a log line: scripts read it.
            System.out.printf(Locale.ROOT, "%s COMPLETED in %.1f s: %s%s; outputs in %s%n", date,
                    (System.nanoTime() - started) / 1e9, console.nightSummary(date), notApplied, outputs.folder(date));
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
        days.setStatus(date, DayStatus.FAILED);
        InvalidAgreementsException agreementsFault = find(failure, InvalidAgreementsException.class);
        if (agreementsFault != null) {
            throw new OperatorMessage(ExitCode.USAGE, date + " failed: " + agreementsFault.getMessage()
                    + ". Fix the agreements and run " + date + " again.");
        }
        log.error("{} FAILED", date, failure);
        throw new OperatorMessage(ExitCode.FAILED, date + " failed: " + (failure == null ? execution.getExitStatus()
                : Failure.rootMessage(failure)) + ". Run " + date + " again with the same files: it resumes where it failed.");
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
