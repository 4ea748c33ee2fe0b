package com.pickupsettlement.ops;

import com.pickupsettlement.domain.BusinessDate;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "catch-up",
        description = "Run every missing date in order, up to --to (default: yesterday in Moscow); stop at the "
                + "first that does not complete, with its exit code.")
final class CatchUpCommand implements DatabaseCommand {
    @Mixin
    Folders folders;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "the last date to run")
    BusinessDate to;

    @Override
    public ExitCode execute(ApplicationContext context) throws Exception {
        return context.getBean(CatchUp.class).catchUp(to);
    }
}
