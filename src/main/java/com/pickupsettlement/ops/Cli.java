package com.pickupsettlement.ops;

import com.pickupsettlement.domain.BusinessDate;
import com.pickupsettlement.system.DatabaseSettingsFault;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The jar's command line (picocli). It is parsed before Spring starts, so that help and usage
 * errors answer at once and never touch the database; commands that need the database then run
 * in a Spring context made for them.
 */
@Command(name = "pickup-settlement.jar", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        usageHelpAutoWidth = true, scope = ScopeType.INHERIT,
        description = {"The nightly reconciliation and settlement of the Moscow pickup centre.",
                "Run 'java -jar pickup-settlement.jar <command> --help' for a command's options.", ""},
        subcommands = {RunCommand.class, CheckCommand.class, CatchUpCommand.class, StatusCommand.class,
                RecoverCommand.class, StatementCommand.class, ResolutionsCommand.class, GenerateCommand.class,
                RestoreInputsCommand.class, BackupCommand.class, RestoreCommand.class, DbCommand.class,
                CommandLine.HelpCommand.class})
public final class Cli implements Runnable {
    private static final Logger log = LoggerFactory.getLogger(Cli.class);
    /**
     * The top-level help's footer. Set on that command alone: the attributes of the annotation
     * above (help options, version) are inherited by every subcommand, and this must not be.
     */
    private static final String[] FOOTER = {"", "--inbox and --out default to ./inbox and ./out (settings settlement.inbox",
            "and settlement.out, or SETTLEMENT_INBOX and SETTLEMENT_OUT). With no",
            "SPRING_DATASOURCE_URL an embedded PostgreSQL keeps its data in ./var/pgdata.", "",
            "Exit codes: 0 completed, 1 failed (re-run it), 2 usage or configuration",
            "error, 3 input not ready, 4 input refused, 5 date closed with different",
            "inputs, 6 an earlier date is not completed, 7 another run is active."};

    @Spec
    CommandSpec spec;

    /** Never run: a command line without a command is a usage error (see {@link #parse}). */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "no command given");
    }

    /** The jar's version, from its manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Cli.class.getPackage().getImplementationVersion();
            return new String[] {"pickup-settlement " + (v == null ? "(not packaged)" : v)};
        }
    }

    /** A command that needs no database: it runs as soon as it is parsed. */
    interface LocalCommand {
        ExitCode execute() throws Exception;
    }

    /**
     * Runs a command line as the jar does: help and commands without a database at once, the
     * others in the Spring context that {@code spring} starts from their Spring arguments (and
     * that is closed afterwards). Returns the exit code of rulebook 7.
     */
    public static int execute(String[] args, Function<String[], ConfigurableApplicationContext> spring) {
        try {
            Object first = runWithoutDatabase(args);
            if (first instanceof ExitCode done) {
                return done.code();
            }
            DatabaseCommand db = (DatabaseCommand) first;
            try (ConfigurableApplicationContext context = spring.apply(db.springArguments().toArray(String[]::new))) {
                return run(db, context).code();
            }
        } catch (Exception e) {
            OperatorMessage message = OperatorMessage.find(e);
            if (message == null) {
                // Spring could not start because of the database's settings: a configuration error.
                message = DatabaseSettingsFault.of(e).map(fault -> new OperatorMessage(ExitCode.USAGE,
                        (args.length > 0 ? args[0] : "pickup-settlement") + ": " + fault.what() + " ("
                                + Failure.rootMessage(e) + "). Fix " + fault.variable() + " and run again; nothing was "
                                + "done.")).orElse(null);
            }
            if (message == null) {
                // e.g. the application could not start because the database is unreachable; Spring
                // Boot has logged the details.
                message = Failure.describe(args.length > 0 ? args[0] : "pickup-settlement", null, e);
            }
            System.err.println(message.getMessage());
            return message.exitCode().code();
        }
    }

    /**
     * Parses the command line and runs what needs no database (help, a command without one):
     * returns its exit code, or else the database command, still to run.
     */
    private static Object runWithoutDatabase(String[] args) throws Exception {
        Object command = parse(args);
        if (command == null) {
            return ExitCode.COMPLETED;
        }
        if (command instanceof LocalCommand local) {
            return local.execute();
        }
        return (DatabaseCommand) command;
    }

    /**
     * Runs a database command in a context that is already up (the in-process tests): the same
     * parsing, the same exit codes; options that would change the context's settings are refused.
     */
    public static int executeIn(ApplicationContext context, String... args) {
        try {
            Object first = runWithoutDatabase(args);
            if (first instanceof ExitCode done) {
                return done.code();
            }
            DatabaseCommand db = (DatabaseCommand) first;
            if (!db.springArguments().isEmpty()) {
                throw new OperatorMessage(ExitCode.USAGE, "settings cannot change in a running context: "
                        + db.springArguments());
            }
            return run(db, context).code();
        } catch (OperatorMessage e) {
            System.err.println(e.getMessage());
            return e.exitCode().code();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The command a command line asks for, or null when it only asked for help (printed here).
     * Usage errors become an {@link OperatorMessage} with exit 2, the usage on stderr.
     */
    static Object parse(String... args) {
        // Every business date option (--date, --to, --from) reads YYYY-MM-DD alike.
        CommandLine cli = new CommandLine(new Cli()).registerConverter(BusinessDate.class, new BusinessDateConverter());
        cli.getCommandSpec().usageMessage().footer(FOOTER);
        try {
            ParseResult parsed = cli.parseArgs(args);
            if (CommandLine.printHelpIfRequested(parsed)) {
                return null;
            }
            while (parsed.hasSubcommand()) {
                parsed = parsed.subcommand();
            }
            Object command = parsed.commandSpec().userObject();
            if (command instanceof Cli) {
                throw new ParameterException(cli, "no command given");
            }
            return command;
        } catch (ParameterException e) {
            // The fault first, then how the command is used.
            CommandLine failed = e.getCommandLine();
            throw new OperatorMessage(ExitCode.USAGE, failed.getCommandName() + ": " + e.getMessage() + "\n\n"
                    + failed.getUsageMessage().stripTrailing());
        }
    }

    /** A database command, its expected ends as they are and anything else as one line to read. */
    private static ExitCode run(DatabaseCommand command, ApplicationContext context) throws Exception {
        try {
            return command.execute(context);
        } catch (OperatorMessage e) {
            throw e;
        } catch (Exception e) {
            // The stack trace goes to the log for whoever investigates; the operator gets one paragraph.
            log.error("{} failed", command.name(), e);
            throw Failure.describe(command.name(), command.subject(), e);
        }
    }
}
