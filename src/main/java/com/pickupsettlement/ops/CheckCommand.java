package com.pickupsettlement.ops;

import com.pickupsettlement.domain.BusinessDate;
import java.nio.file.Path;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "check",
        description = {"Dry run: reads a business date's files exactly as 'run' would and prints per-file counts "
                + "and the exit code 'run' would give (0, 2, 3, 4, 5, 6 or 7), and exits with it. Writes nothing: "
                + "no database change, no output or refusal folder."})
final class CheckCommand extends DateCommand {
    @Option(names = "--inbox", paramLabel = "DIR", description = "where the feeds are (default ./inbox)")
    Path inbox;

    @Override
    ExitCode run(ApplicationContext context, BusinessDate date) throws Exception {
        return context.getBean(NightCheck.class).check(date);
    }
}
