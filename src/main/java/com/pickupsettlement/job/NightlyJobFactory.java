package com.pickupsettlement.job;

import com.pickupsettlement.archive.InputArchive;
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
import com.pickupsettlement.ingest.ResolutionRowParser;
import com.pickupsettlement.ingest.StagedRow;
import com.pickupsettlement.ingest.StagingCopyWriter;
import com.pickupsettlement.ingest.StagingTables;
import com.pickupsettlement.reconcile.ExceptionDetection;
import com.pickupsettlement.reconcile.Resolutions;
import com.pickupsettlement.report.DailyOutputs;
import com.pickupsettlement.settle.Settlement;
import com.pickupsettlement.system.FaultPoint;
import java.nio.file.Path;
import java.util.Arrays;
import javax.sql.DataSource;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The nightly job of one business date, in the order data flows: load each feed into staging
 * (restartable chunk steps: rows and reader checkpoint commit together) and classify its rows
 * against each other, the three feeds side by side; refuse bad files; merge into the core tables,
 * one table per step, side by side; detect exceptions, apply finance's resolutions, settle, and
 * publish. Every step runs on the
 * real transaction manager, so a crash rolls a step back whole.
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
    private final Resolutions resolutions;
    private final Settlement settlement;
    private final DailyOutputs outputs;
    private final InputArchive inputArchive;

    NightlyJobFactory(JobRepository jobRepository, PlatformTransactionManager transactionManager, DataSource dataSource,
                      SettlementProperties properties, FeedClassification classification, FeedMerge merge,
                      ExceptionDetection exceptions, Resolutions resolutions, Settlement settlement,
                      DailyOutputs outputs, InputArchive inputArchive) {
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.dataSource = dataSource;
        this.properties = properties;
        this.classification = classification;
        this.merge = merge;
        this.exceptions = exceptions;
        this.resolutions = resolutions;
        this.settlement = settlement;
        this.outputs = outputs;
        this.inputArchive = inputArchive;
    }

    public Job create(BusinessDate date) {
        var feeds = properties.feeds();
        // Each file goes through staging on its own, and each core table is merged on its own: the
        // parts share no table, so they run side by side. One load alone keeps the JVM (decoding,
        // checks) and its PostgreSQL backend (COPY) busy in turn and leaves a core idle; side by
        // side the loads use both. The merges gain less: together they are bound by the disk's
        // WAL bandwidth (bench/RESULTS.md). Every part stays a step of its own, restartable on its
        // own. A file refused early does not stop the others: the run exits 4 once all have ended.
        // The resolutions file loads beside them: a wrong header or undecodable bytes refuse it
        // (exit 4) before anything of the date reaches the core tables, like a feed. Its rows are
        // judged after reconciliation, against the state at the date (applyResolutions).
        Flow stage = split("stageFeeds",
                flow(load(date, new OrderRowParser(feeds.orders().delimiter()), feeds.orders()),
                        classify(Feed.ORDERS, date)),
                flow(load(date, new ManifestRowParser(feeds.manifest().delimiter()), feeds.manifest()),
                        classify(Feed.MANIFEST, date)),
                flow(load(date, new PickupRowParser(feeds.pickups().delimiter()), feeds.pickups()),
                        classify(Feed.PICKUPS, date)),
                flow(load(date, Feed.RESOLUTIONS, FeedItemReader.resolutions(file(Feed.RESOLUTIONS, date),
                        feeds.maxRecordChars(), date), ResolutionRowParser.COLUMNS)));
        Flow mergeFeeds = split("mergeFeeds", Arrays.stream(FeedMerge.Part.values())
                .map(part -> flow(tasklet(part.stepName(), () -> merge.merge(part, date))))
                .toArray(Flow[]::new));
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(stage)
                // After all three files are classified and before anything reaches the core tables.
                .next(tasklet("checkRejectRatio", () -> classification.refuseOverRatio(date)))
                .next(mergeFeeds)
                .next(tasklet("reconcile", () -> exceptions.detect(date)))
                .next(tasklet("applyResolutions", () -> {
                    resolutions.apply(date);
                    classification.recordResolutions(date);
                }))
                .next(tasklet("settle", () -> {
                    settlement.settle(date);
                    settlement.reverse(date);
                    settlement.checkControlTotals(date);
                    exceptions.recordHistory(date);
                }))
                // The inputs are archived in the publish step's transaction, beside the stored
                // outputs: a closed date has both, a failed one neither.
                .next(tasklet("publish", () -> {
                    inputArchive.keep(date);
                    outputs.publish(date);
                }))
                .end()
                .build();
    }

    private static String loadStepName(Feed feed) {
        return "load" + capitalized(feed);
    }

    private static String classifyStepName(Feed feed) {
        return "classify" + capitalized(feed);
    }

    private static String capitalized(Feed feed) {
        return Character.toUpperCase(feed.code().charAt(0)) + feed.code().substring(1);
    }

    private Step classify(Feed feed, BusinessDate date) {
        return tasklet(classifyStepName(feed), () -> classification.classify(feed, date));
    }

    private static Flow split(String name, Flow... flows) {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor(name + "-");
        executor.setConcurrencyLimit(flows.length);
        return new FlowBuilder<SimpleFlow>(name).split(executor).add(flows).build();
    }

    private static Flow flow(Step first, Step... then) {
        FlowBuilder<SimpleFlow> flow = new FlowBuilder<SimpleFlow>(first.getName() + "Flow").start(first);
        for (Step step : then) {
            flow.next(step);
        }
        return flow.build();
    }

    private Path file(Feed feed, BusinessDate date) {
        return properties.inbox().resolve(feed.fileName(date));
    }

    private Step load(BusinessDate date, FeedRowParser parser, FeedFormat format) {
        Feed feed = parser.feed();
        FeedItemReader reader = new FeedItemReader(file(feed, date), parser, format, properties.feeds().maxRecordChars(),
                date, feed == Feed.MANIFEST);
        return load(date, feed, reader, parser.typedColumns());
    }

    private Step load(BusinessDate date, Feed feed, FeedItemReader reader, java.util.List<String> typedColumns) {
        String name = loadStepName(feed);
        return new StepBuilder(name, jobRepository)
                .<StagedRow, StagedRow>chunk(properties.chunkSize())
                .transactionManager(transactionManager)
                .reader(reader)
                .writer(new StagingCopyWriter(dataSource, StagingTables.of(feed), typedColumns, date, name))
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
