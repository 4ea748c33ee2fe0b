package com.pickupsettlement.ops;

import java.nio.file.Path;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "restore",
        description = {"Load a file written by 'backup' into the database, all of it or nothing.",
                "Refused (exit 2, nothing changed) unless the database is empty or --replace is given, or when the "
                        + "backup comes from another version; exit 7 if a run is active."})
final class RestoreCommand implements DatabaseCommand {
    @Option(names = "--from", required = true, paramLabel = "FILE", description = "the backup file")
    Path from;

    @Option(names = "--replace", description = "replace everything the database holds with the backup")
    boolean replace;

    @Override
    public ExitCode execute(ApplicationContext context) throws Exception {
        return context.getBean(Backups.class).restore(from, replace);
    }
}
