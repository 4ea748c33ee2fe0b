package com.pickupsettlement.job;

import com.pickupsettlement.domain.BusinessDate;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The identifying parameters of a night's job instance: the business date, and a run key that
 * only changes when a date starts afresh (after exit 3 or 4 kept nothing of it). The job
 * repository is queried by these names too (status, recover).
 */
public final class NightlyJobParameters {
    public static final String BUSINESS_DATE = "businessDate";
    public static final String RUN_KEY = "runKey";

    private NightlyJobParameters() {
    }

    public static JobParameters of(BusinessDate date, long runKey) {
        return new JobParametersBuilder()
                .addString(BUSINESS_DATE, date.toString())
                .addLong(RUN_KEY, runKey)
                .toJobParameters();
    }
}
