package com.pickupsettlement;

import com.pickupsettlement.ops.CommandLine;
import com.pickupsettlement.ops.Commands;
import com.pickupsettlement.ops.ExitCode;
import com.pickupsettlement.ops.Failure;
import com.pickupsettlement.ops.OperatorMessage;
import com.pickupsettlement.sampledata.InboxGenerator;
import java.nio.file.Path;
import java.time.LocalDate;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import com.pickupsettlement.config.SettlementProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;

/** The nightly settlement pipeline's single jar: see {@link CommandLine#USAGE}. */
@SpringBootApplication
@EnableConfigurationProperties(SettlementProperties.class)
public class PickupSettlementApplication {

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs one command and returns its exit code (rulebook 7). */
    public static int execute(String[] args) {
        CommandLine cl;
        try {
            cl = CommandLine.parse(args);
        } catch (OperatorMessage e) {
            System.err.println(e.getMessage());
            return e.exitCode().code();
        }
        try {
            switch (cl.command()) {
                case "help":
                    System.out.println(CommandLine.USAGE);
                    return 0;
                case "generate":
                    return generate(cl);
                default:
                    break;
            }
            SpringApplication app = new SpringApplication(PickupSettlementApplication.class);
            try (ConfigurableApplicationContext context = app.run(cl.springArguments())) {
                return context.getBean(Commands.class).execute(cl).code();
            }
        } catch (OperatorMessage e) {
            System.err.println(e.getMessage());
            return e.exitCode().code();
        } catch (RuntimeException e) {
            // e.g. the application could not start because the database is unreachable; Spring Boot
            // has logged the details.
            OperatorMessage message = find(e);
            if (message == null) {
                message = Failure.describe(cl.command(), null, e);
            }
            System.err.println(message.getMessage());
            return message.exitCode().code();
        }
    }

    private static OperatorMessage find(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof OperatorMessage m) {
                return m;
            }
        }
        return null;
    }

    private static int generate(CommandLine cl) throws OperatorMessage {
        try {
            InboxGenerator.generate(Path.of(require(cl, "inbox")), new InboxGenerator.Options(
                    LocalDate.parse(require(cl, "from")), Integer.parseInt(require(cl, "days")),
                    Integer.parseInt(require(cl, "orders")), Long.parseLong(require(cl, "seed")),
                    cl.option("no-anomalies") == null));
            return ExitCode.COMPLETED.code();
        } catch (java.io.IOException e) {
            throw new OperatorMessage(ExitCode.FAILED, "generate failed: " + e.getMessage());
        } catch (RuntimeException e) {
            if (e instanceof OperatorMessage m) {
                throw m;
            }
            throw new OperatorMessage(ExitCode.USAGE, "generate: " + e.getMessage() + "\n\n" + CommandLine.USAGE);
        }
    }

    private static String require(CommandLine cl, String option) {
        String v = cl.option(option);
        if (v == null) {
            throw new OperatorMessage(ExitCode.USAGE, "generate needs --" + option + "\n\n" + CommandLine.USAGE);
        }
        return v;
    }
}
