package com.pickupsettlement.ops;

import java.nio.file.Path;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "backup",
        description = {"Write a consistent copy of the whole database (every table, archived inputs and "
                + "published outputs included) to a new file; for the embedded database.",
                "Exit 7 if a run is active (nothing written), 2 if the file exists."})
final class BackupCommand implements DatabaseCommand {
    @Option(names = "--to", required = true, paramLabel = "FILE", description = "the backup file to write (must not exist)")
    Path to;

    @Override
    public ExitCode execute(ApplicationContext context) throws Exception {
        return context.getBean(Backups.class).backup(to);
    }
}
