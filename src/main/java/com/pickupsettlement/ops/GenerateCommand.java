package com.pickupsettlement.ops;

import com.pickupsettlement.domain.BusinessDate;
import com.pickupsettlement.sampledata.InboxGenerator;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The one command that needs no database, and the only one that may use the sample-data generator. */
@Command(name = "generate",
        description = "Write a consistent synthetic inbox (tests and benchmarks); no database is touched.")
final class GenerateCommand implements Cli.LocalCommand {
    @Option(names = "--inbox", required = true, paramLabel = "DIR", description = "folder to write (created if missing)")
    Path inbox;

    @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", description = "the first business date")
    BusinessDate from;

    @Option(names = "--days", required = true, paramLabel = "N", description = "how many dates")
    int days;

    @Option(names = "--orders", required = true, paramLabel = "N", description = "orders placed per day")
    int orders;

    @Option(names = "--seed", required = true, paramLabel = "N", description = "the same seed gives the same bytes")
    long seed;

    @Option(names = "--no-anomalies", description = "no bad rows and no planted breaks")
    boolean noAnomalies;

    @Override
    public ExitCode execute() throws Exception {
        long started = System.nanoTime();
        try {
            InboxGenerator.generate(inbox, new InboxGenerator.Options(from.date(), days, orders, seed, !noAnomalies));
        } catch (IllegalArgumentException e) {
            throw new OperatorMessage(ExitCode.USAGE, "generate: " + e.getMessage());
        } catch (java.io.IOException e) {
            throw new OperatorMessage(ExitCode.FAILED, "generate failed: " + e.getMessage());
        }
        System.out.printf(java.util.Locale.ROOT, "generate: wrote %d business date(s) from %s to %s (%d orders a day, "
                + "seed %d, anomalies %s) and agreements.csv into %s in %.1f s%n", days, from,
                from.date().plusDays(Math.max(0, days - 1)), orders, seed, noAnomalies ? "off" : "on", inbox,
                (System.nanoTime() - started) / 1e9);
        return ExitCode.COMPLETED;
    }
}
