package com.pickupsettlement.support;

import com.pickupsettlement.PickupSettlementApplication;
import com.pickupsettlement.ops.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The pipeline in-process, on a fresh database of its own: for step- and job-level tests that run
 * many dates without paying a JVM start per date. The database is a copy of a migrated template on
 * the test JVM's one real PostgreSQL ({@link TestPostgres}); a second start on the same folder gets
 * the same database back. Commands go through the same {@link Cli} the jar uses and return the
 * rulebook's exit codes.
 */
public final class Pipeline implements AutoCloseable {
    private final Path inbox;
    private final Path out;
    private final ConfigurableApplicationContext context;

    private Pipeline(Path inbox, Path out, ConfigurableApplicationContext context) {
        this.inbox = inbox;
        this.out = out;
        this.context = context;
    }

    /** Starts on work/inbox, work/out and the folder's database; extra Spring properties as "key=value". */
    public static Pipeline start(Path work, String... properties) throws IOException {
        return startWith(work, null, properties);
    }

    /**
     * The same, with the beans of one more class (its {@code @Bean} methods; a {@code @Primary}
     * one replaces the product's bean of its type), say a rule only a test has.
     */
    public static Pipeline startWith(Path work, Class<?> beans, String... properties) throws IOException {
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        Path out = work.resolve("out");
        // With a datasource URL the product's production path is taken: Boot's own DataSource.
        List<String> args = new ArrayList<>(List.of("--settlement.inbox=" + inbox, "--settlement.out=" + out,
                "--spring.datasource.url=" + TestPostgres.databaseFor(work), "--spring.datasource.username=postgres",
                "--spring.datasource.password=", "--logging.level.com.pickupsettlement=WARN"));
        for (String p : properties) {
            args.add("--" + p);
        }
        SpringApplicationBuilder builder = new SpringApplicationBuilder(PickupSettlementApplication.class);
        if (beans != null) {
            builder.sources(beans);
        }
        ConfigurableApplicationContext context = builder.run(args.toArray(String[]::new));
        return new Pipeline(inbox, out, context);
    }

    /** Runs a command line (e.g. "run", "--date", "2026-11-01") and returns its exit code. */
    public int command(String... args) {
        return Cli.executeIn(context, args);
    }

    public int run(String date) {
        return command("run", "--date", date);
    }

    public Path inbox() {
        return inbox;
    }

    public Path out() {
        return out;
    }

    public Path folder(String date) {
        return out.resolve(date);
    }

    public JdbcTemplate jdbc() {
        return context.getBean(JdbcTemplate.class);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
