package com.pickupsettlement.ops;

import com.pickupsettlement.domain.BusinessDate;
import java.util.List;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "Load, reconcile, settle and publish one business date (Europe/Moscow).")
final class RunCommand implements DatabaseCommand {
    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "the business date")
    BusinessDate date;

    @Mixin
    FolderOptions folders;

    @Override
    public String subject() {
        return date.toString();
    }

    @Override
    public List<String> springArguments() {
        return folders.springArguments();
    }

    @Override
    public ExitCode execute(ApplicationContext context) throws Exception {
        return context.getBean(NightRun.class).run(date);
    }
}
