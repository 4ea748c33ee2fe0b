package com.pickupsettlement.ops;

import com.pickupsettlement.domain.BusinessDate;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Option;

/**
 * A command about one business date (run, check, recover, restore-inputs): --date, declared
 * once so they all read and show it alike, and what the command does for that date.
 */
abstract class DateCommand implements DatabaseCommand {
    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "the business date")
    BusinessDate date;

    @Override
    public final ExitCode execute(ApplicationContext context) throws Exception {
        return run(context, date);
    }

    abstract ExitCode run(ApplicationContext context, BusinessDate date) throws Exception;
}
