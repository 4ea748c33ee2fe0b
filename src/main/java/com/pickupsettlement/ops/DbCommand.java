package com.pickupsettlement.ops;

import com.pickupsettlement.system.EmbeddedPostgresServer;
import java.nio.file.Path;
import picocli.CommandLine.Command;

/**
 * Ops' handle on the embedded PostgreSQL itself. Its commands run without a Spring context: one
 * would start or attach to the very server they act on.
 */
@Command(name = "db", description = "The embedded PostgreSQL of ./var/pgdata.", subcommands = DbCommand.Stop.class)
final class DbCommand implements Cli.LocalCommand {
    @Override
    public ExitCode execute() {
        throw new OperatorMessage(ExitCode.USAGE, "db: name what to do: db stop (see db --help)");
    }

    @Command(name = "stop",
            description = "Stop the embedded PostgreSQL of the data folder cleanly, also one left running on purpose "
                    + "(keep-running). Refused (exit 7) while a command holds the run lock or other clients are "
                    + "connected; exit 0 when none is running. Nothing to stop with SPRING_DATASOURCE_URL set.")
    static final class Stop implements Cli.LocalCommand {
        @Override
        public ExitCode execute() throws Exception {
            if (externalDatabase()) {
                System.out.println("db stop: SPRING_DATASOURCE_URL names an external database, which its DBA runs; "
                        + "no embedded PostgreSQL to stop.");
                return ExitCode.COMPLETED;
            }
            Path dir = dataDirectory();
            EmbeddedPostgresServer.StopResult result = EmbeddedPostgresServer.stopIfIdle(dir);
            if (!result.wasRunning()) {
                System.out.println("db stop: no embedded PostgreSQL is running on " + dir + "; nothing to stop.");
                return ExitCode.COMPLETED;
            }
            if (result.stopped()) {
                System.out.println("db stop: stopped the embedded PostgreSQL on " + dir + ".");
                return ExitCode.COMPLETED;
            }
            String who = RunLock.isHeld(result.jdbcUrl())
                    ? "a command holds the run lock (a run, check, backup or restore; see `status`)"
                    : result.otherClients() + " other client(s) are connected to it (a command still running, or a tool "
                    + "such as psql)";
            throw new OperatorMessage(ExitCode.ANOTHER_RUN_ACTIVE, "db stop: the embedded PostgreSQL on " + dir
                    + " was left running: " + who + ". Stopping it would end their work. Wait until they have ended "
                    + "(`pgrep -f pickup-settlement.jar`), then run `db stop` again; nothing was changed.");
        }

        private static boolean externalDatabase() {
            String url = System.getProperty("spring.datasource.url", System.getenv("SPRING_DATASOURCE_URL"));
            return url != null && !url.isBlank();
        }

        /** As the jar's settings give it: settlement.embedded.data-directory, default ./var/pgdata. */
        private static Path dataDirectory() {
            String dir = System.getProperty("settlement.embedded.data-directory",
                    System.getenv("SETTLEMENT_EMBEDDED_DATA_DIRECTORY"));
            return Path.of(dir == null || dir.isBlank() ? "./var/pgdata" : dir).toAbsolutePath().normalize();
        }
    }
}
