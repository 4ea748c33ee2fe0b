package com.pickupsettlement.ops;

import com.pickupsettlement.domain.BusinessDate;
import java.nio.file.Path;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "status",
        description = "Recent business dates: status, timings, counts, output folder; with --date, also the "
                + "steps of that date's latest run.")
final class StatusCommand implements DatabaseCommand {
    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "one date, with its steps")
    BusinessDate date;

    @Option(names = "--last", paramLabel = "N", defaultValue = "10", description = "how many dates (default 10)")
    int last;

    @Option(names = "--format", paramLabel = "table|csv", defaultValue = "table", description = "table (default) or csv")
    ConsoleTable.Format format;

    @Option(names = "--out", paramLabel = "DIR", description = "the output folder the table points to (default ./out)")
    Path out;

    @Override
    public ExitCode execute(ApplicationContext context) {
        return context.getBean(StatusReport.class).print(date, last, format);
    }
}
