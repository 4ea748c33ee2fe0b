package com.pickupsettlement.ops;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The jar's command line: {@code <command> [--option value]...}. Parsed before Spring starts, so
 * that help and usage errors answer at once and never touch the database.
 */
public record CommandLine(String command, Map<String, String> options) {
    static final Map<String, Set<String>> COMMANDS = Map.of(
            "run", Set.of("date", "inbox", "out"),
            "catch-up", Set.of("to", "inbox", "out"),
            "status", Set.of("date", "last", "format", "out"),
            "recover", Set.of("date"),
            "generate", Set.of("inbox", "from", "days", "orders", "seed", "no-anomalies"),
            "help", Set.of());
    private static final Set<String> FLAGS = Set.of("no-anomalies");

    public static final String USAGE = """
            usage: java -jar pickup-settlement.jar <command> [options]

            commands:
              run --date YYYY-MM-DD [--inbox DIR] [--out DIR]
                  load, reconcile, settle and publish one business date (Europe/Moscow)
              catch-up [--to YYYY-MM-DD] [--inbox DIR] [--out DIR]
                  run every missing date in order, up to --to (default: yesterday in Moscow)
              status [--date YYYY-MM-DD] [--last N] [--format table|csv]
                  recent business dates: status, timings, counts, output folder
              recover --date YYYY-MM-DD
                  mark a run left STARTED by a crash as FAILED, so that run resumes it
              generate --inbox DIR --from YYYY-MM-DD --days N --orders N --seed N [--no-anomalies]
                  write a consistent synthetic inbox (tests and benchmarks)
              help
                  this text

            --inbox and --out default to ./inbox and ./out (settings settlement.inbox and
            settlement.out, or SETTLEMENT_INBOX and SETTLEMENT_OUT). With no
            SPRING_DATASOURCE_URL an embedded PostgreSQL keeps its data in ./var/pgdata.

            exit codes: 0 completed, 1 failed (re-run it), 2 usage or configuration error,
            3 input not ready, 4 input refused, 5 date closed with different inputs,
            6 an earlier date is not completed, 7 another run is active
            """;

    public static CommandLine parse(String[] args) {
        if (args.length == 0) {
            throw new OperatorMessage(ExitCode.USAGE, "no command given\n\n" + USAGE);
        }
        String command = args[0];
        Set<String> allowed = COMMANDS.get(command);
        if (allowed == null) {
            throw new OperatorMessage(ExitCode.USAGE, "unknown command '" + command + "'\n\n" + USAGE);
        }
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                throw new OperatorMessage(ExitCode.USAGE, "unexpected argument '" + a + "'\n\n" + USAGE);
            }
            String name = a.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (!allowed.contains(name)) {
                throw new OperatorMessage(ExitCode.USAGE, "'" + command + "' has no option --" + name + "\n\n" + USAGE);
            }
            if (FLAGS.contains(name)) {
                value = "true";
            } else if (value == null) {
                if (i + 1 >= args.length) {
                    throw new OperatorMessage(ExitCode.USAGE, "--" + name + " needs a value");
                }
                value = args[++i];
            }
            options.put(name, value);
        }
        CommandLine cl = new CommandLine(command, options);
        cl.checkValues();
        return cl;
    }

    /** Missing or malformed values are usage errors, found before anything starts. */
    private void checkValues() {
        if ((command.equals("run") || command.equals("recover")) && !options.containsKey("date")) {
            throw new OperatorMessage(ExitCode.USAGE, command + " needs --date YYYY-MM-DD\n\n" + USAGE);
        }
        for (String name : List.of("date", "to", "from")) {
            String v = options.get(name);
            if (v != null) {
                try {
                    java.time.LocalDate.parse(v);
                } catch (java.time.format.DateTimeParseException e) {
                    throw new OperatorMessage(ExitCode.USAGE, "--" + name + " must be a date YYYY-MM-DD, not '" + v + "'");
                }
            }
        }
        for (String name : List.of("last", "days", "orders", "seed")) {
            String v = options.get(name);
            if (v != null && !v.matches("\\d{1,18}")) {
                throw new OperatorMessage(ExitCode.USAGE, "--" + name + " must be a whole number, not '" + v + "'");
            }
        }
        String format = options.get("format");
        if (format != null && !format.equals("table") && !format.equals("csv")) {
            throw new OperatorMessage(ExitCode.USAGE, "--format is table or csv, not '" + format + "'");
        }
    }

    public String option(String name) {
        return options.get(name);
    }

    /** Spring properties implied by the options (--inbox and --out override the configuration). */
    public String[] springArguments() {
        List<String> result = new ArrayList<>();
        if (options.containsKey("inbox") && !command.equals("generate")) {
            result.add("--settlement.inbox=" + options.get("inbox"));
        }
        if (options.containsKey("out")) {
            result.add("--settlement.out=" + options.get("out"));
        }
        return result.toArray(String[]::new);
    }
}
