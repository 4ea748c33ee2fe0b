package com.pickupsettlement.ops;

import com.pickupsettlement.domain.BusinessDate;
import java.util.List;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "catch-up", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "Run every missing date in order, up to --to (default: yesterday in Moscow); stop at the "
                + "first that does not complete, with its exit code.")
final class CatchUpCommand implements DatabaseCommand {
    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "the last date to run")
    BusinessDate to;

    @Mixin
    FolderOptions folders;

    @Override
    public List<String> springArguments() {
        return folders.springArguments();
    }

    @Override
    public ExitCode execute(ApplicationContext context) throws Exception {
        return context.getBean(CatchUp.class).catchUp(to);
    }
}
