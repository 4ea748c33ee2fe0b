package com.pickupsettlement.ops;

import com.pickupsettlement.domain.BusinessDate;
import com.pickupsettlement.domain.DayStatus;
import com.pickupsettlement.job.NightlyJobFactory;
import com.pickupsettlement.job.NightlyJobParameters;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * {@code recover --date D}: a run killed by kill -9 or a power loss stays STARTED in the job
 * repository. Once no live process holds the run lock, its execution is marked FAILED so that
 * {@code run --date D} resumes it.
 */
@Component
record Recovery(DataSource dataSource, BusinessDays days, JobRepository jobRepository, JobOperator jobOperator) {
    private static final Logger log = LoggerFactory.getLogger(Recovery.class);

    ExitCode recover(BusinessDate date) throws Exception {
        BusinessDays.Day day = days.find(date).orElseThrow(() -> new OperatorMessage(ExitCode.USAGE,
                date + " was never run: nothing to recover."));
        try (RunLock lock = RunLock.hold(dataSource, "a live process is running; recover refused. "
                + "Check 'status' and wait for it to end.")) {
            JobInstance instance = jobRepository.getJobInstance(NightlyJobFactory.JOB_NAME,
                    NightlyJobParameters.of(date, day.runKey()));
            JobExecution last = instance == null ? null : jobRepository.getLastJobExecution(instance);
            if (last == null || !last.isRunning()) {
                if (day.status() == DayStatus.RUNNING) {
                    days.setStatus(date, DayStatus.FAILED);
                }
                System.out.println(date + ": no run left STARTED (status " + day.status() + "); nothing to recover.");
                return ExitCode.COMPLETED;
            }
            jobOperator.recover(last);
            days.setStatus(date, DayStatus.FAILED);
            log.info("{}: execution {} marked FAILED; run the date again to resume it", date, last.getId());
            System.out.println(date + ": the crashed run is marked FAILED. Now run: run --date " + date);
            return ExitCode.COMPLETED;
        }
    }
}
