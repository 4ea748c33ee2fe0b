package com.pickupsettlement.ops;

import com.pickupsettlement.domain.BusinessDate;
import java.nio.file.Path;
import java.util.List;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = {"Dry run: reads a business date's files exactly as 'run' would and prints per-file counts "
                + "and the exit code 'run' would give (0, 2, 3, 4, 5, 6 or 7), and exits with it. Writes nothing: "
                + "no database change, no output or refusal folder."})
final class CheckCommand implements DatabaseCommand {
    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "the business date")
    BusinessDate date;

    @Option(names = "--inbox", paramLabel = "DIR", description = "where the feeds are (default ./inbox)")
    Path inbox;

    @Override
    public String subject() {
        return date.toString();
    }

    @Override
    public List<String> springArguments() {
        return Cli.folders(inbox, null);
    }

    @Override
    public ExitCode execute(ApplicationContext context) throws Exception {
        return context.getBean(NightCheck.class).check(date);
    }
}
