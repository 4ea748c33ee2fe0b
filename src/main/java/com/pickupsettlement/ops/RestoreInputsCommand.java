package com.pickupsettlement.ops;

import com.pickupsettlement.domain.BusinessDate;
import java.nio.file.Path;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "restore-inputs",
        description = {"Write back the input files a closed date ran with (feeds, resolutions, agreements), "
                + "from the copies kept in the database, each checked against its recorded SHA-256.",
                "Never overwrites a different file (exit 5, nothing written); exit 6 if the date is not closed, "
                        + "2 if its inputs are no longer kept."})
final class RestoreInputsCommand extends DateCommand {
    @Option(names = "--to", required = true, paramLabel = "DIR", description = "where to write the files (the inbox, say)")
    Path to;

    @Override
    ExitCode run(ApplicationContext context, BusinessDate date) throws Exception {
        return context.getBean(InputsRestore.class).restore(date, to);
    }
}
