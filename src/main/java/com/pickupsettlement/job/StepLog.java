package com.pickupsettlement.job;

import java.time.Duration;
import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/** One line per finished step, so the log of a long night shows where it is and what each step cost. */
final class StepLog implements StepExecutionListener {
    private static final Logger log = LoggerFactory.getLogger(StepLog.class);

    @Override
    public ExitStatus afterStep(StepExecution step) {
        LocalDateTime start = step.getStartTime();
        double seconds = start == null ? 0 : Duration.between(start, LocalDateTime.now()).toMillis() / 1000.0;
        String why = step.getFailureExceptions().stream().findFirst().map(StepLog::rootMessage).map(m -> ": " + m)
                .orElse("");
        log.info("step {} {} in {} s{}{}", step.getStepName(), step.getStatus(), String.format("%.1f", seconds),
                step.getWriteCount() > 0 ? " (" + step.getWriteCount() + " rows)" : "", why);
        return step.getExitStatus();
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null) {
            c = c.getCause();
        }
        return c.getMessage() == null ? c.toString() : c.getMessage();
    }
}
