package com.pickupsettlement.ops;

import com.pickupsettlement.domain.BusinessDate;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "Load, reconcile, settle and publish one business date (Europe/Moscow).")
final class RunCommand extends FolderCommand {
    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "the business date")
    BusinessDate date;

    @Override
    public String subject() {
        return date.toString();
    }

    @Override
    public ExitCode execute(ApplicationContext context) throws Exception {
        return context.getBean(NightRun.class).run(date);
    }
}
