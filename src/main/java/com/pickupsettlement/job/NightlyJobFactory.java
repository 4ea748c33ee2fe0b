package com.pickupsettlement.job;

import com.pickupsettlement.config.SettlementProperties;
import com.pickupsettlement.config.SettlementProperties.FeedFormat;
import com.pickupsettlement.domain.BusinessDate;
import com.pickupsettlement.domain.Feed;
import com.pickupsettlement.ingest.FeedClassification;
import com.pickupsettlement.ingest.FeedItemReader;
import com.pickupsettlement.ingest.FeedMerge;
import com.pickupsettlement.ingest.FeedRowParser;
import com.pickupsettlement.ingest.LoadProgress;
import com.pickupsettlement.ingest.ManifestRowParser;
import com.pickupsettlement.ingest.OrderRowParser;
import com.pickupsettlement.ingest.PickupRowParser;
import com.pickupsettlement.ingest.StagedRow;
import com.pickupsettlement.ingest.StagingCopyWriter;
import com.pickupsettlement.ingest.StagingTables;
import com.pickupsettlement.reconcile.ExceptionDetection;
import com.pickupsettlement.report.DailyOutputs;
import com.pickupsettlement.settle.Settlement;
import com.pickupsettlement.system.FaultPoint;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The nightly job of one business date, in the order data flows: load each feed into staging
 * (restartable chunk steps: rows and reader checkpoint commit together), classify rows against
 * each other and refuse bad files, merge into the core tables, detect exceptions, settle, and
 * publish. Every step runs on the real transaction manager, so a crash rolls a step back whole.
 */
@Component
public class NightlyJobFactory {
    public static final String JOB_NAME = "nightlyRun";
    private static final String WORK_COMMITTED = "work.committed";

    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;
    private final DataSource dataSource;
    private final SettlementProperties properties;
    private final FeedClassification classification;
    private final FeedMerge merge;
    private final ExceptionDetection exceptions;
    private final Settlement settlement;
    private final DailyOutputs outputs;

    NightlyJobFactory(JobRepository jobRepository, PlatformTransactionManager transactionManager, DataSource dataSource,
                      SettlementProperties properties, FeedClassification classification, FeedMerge merge,
                      ExceptionDetection exceptions, Settlement settlement, DailyOutputs outputs) {
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.dataSource = dataSource;
        this.properties = properties;
        this.classification = classification;
        this.merge = merge;
        this.exceptions = exceptions;
        this.settlement = settlement;
        this.outputs = outputs;
    }

    public Job create(BusinessDate date) {
        var feeds = properties.feeds();
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(load(date, new OrderRowParser(feeds.orders().delimiter()), feeds.orders(), "loadOrders"))
                .next(load(date, new ManifestRowParser(feeds.manifest().delimiter()), feeds.manifest(), "loadManifest"))
                .next(load(date, new PickupRowParser(feeds.pickups().delimiter()), feeds.pickups(), "loadPickups"))
                .next(tasklet("classifyRows", () -> classification.classify(date)))
                .next(tasklet("checkRejectRatio", () -> classification.refuseOverRatio(date)))
                .next(tasklet("mergeFeeds", () -> merge.merge(date)))
                .next(tasklet("reconcile", () -> exceptions.detect(date)))
                .next(tasklet("settle", () -> {
                    settlement.settle(date);
                    settlement.reverse(date);
                    settlement.checkControlTotals(date);
                    exceptions.recordHistory(date);
                }))
                .next(tasklet("publish", () -> outputs.publish(date)))
                .build();
    }

    private Step load(BusinessDate date, FeedRowParser parser, FeedFormat format, String name) {
        Feed feed = parser.feed();
        Path file = properties.inbox().resolve(feed.fileName(date));
        FeedItemReader reader = new FeedItemReader(file, parser, format, properties.feeds().maxRecordChars(), date,
                feed == Feed.MANIFEST);
        return new StepBuilder(name, jobRepository)
                .<StagedRow, StagedRow>chunk(properties.chunkSize())
                .transactionManager(transactionManager)
                .reader(reader)
                .writer(new StagingCopyWriter(dataSource, StagingTables.of(feed), parser.typedColumns(), date, name))
                .listener(new LoadProgress(reader))
                .listener(new StepLog())
                .listener((StepExecutionListener) new StepFaultPoints())
                .build();
    }

    interface Work {
        void run() throws Exception;
    }

    /**
     * A step whose work is one transaction. The work's own rows and a "done" mark in the step's
     * execution context commit together, so a step that committed but was killed before Spring
     * Batch marked it COMPLETED is not done twice when the date is recovered and re-run: the merge,
     * for one, is not idempotent.
     */
    private Step tasklet(String name, Work work) {
        StepFaultPoints faultPoints = new StepFaultPoints();
        return new StepBuilder(name, jobRepository)
                .tasklet((contribution, context) -> {
                    ExecutionContext step = context.getStepContext().getStepExecution().getExecutionContext();
                    if (!step.containsKey(WORK_COMMITTED)) {
                        work.run();
                        step.putString(WORK_COMMITTED, "true");
                        FaultPoint.reach(name + ":uncommitted");
                    }
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .listener(new StepLog())
                .listener((StepExecutionListener) faultPoints)
                .listener((ChunkListener<?, ?>) faultPoints)
                .build();
    }
}
