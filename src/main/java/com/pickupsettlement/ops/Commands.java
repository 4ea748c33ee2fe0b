package com.pickupsettlement.ops;

import com.pickupsettlement.domain.BusinessDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Dispatches the commands that need the database. */
@Component
public class Commands {
    private static final Logger log = LoggerFactory.getLogger(Commands.class);
    private final RunCommand run;
    private final StatusCommand status;
    private final RecoverCommand recover;
    private final CatchUpCommand catchUp;

    Commands(RunCommand run, StatusCommand status, RecoverCommand recover, CatchUpCommand catchUp) {
        this.run = run;
        this.status = status;
        this.recover = recover;
        this.catchUp = catchUp;
    }

    public ExitCode execute(CommandLine cl) {
        try {
            return switch (cl.command()) {
                case "run" -> run.run(date(cl, "date", true));
                case "status" -> status.print(cl);
                case "recover" -> recover.recover(date(cl, "date", true));
                case "catch-up" -> catchUp.catchUp(date(cl, "to", false));
                default -> throw new OperatorMessage(ExitCode.USAGE, "'" + cl.command() + "' is not available yet");
            };
        } catch (OperatorMessage e) {
            throw e;
        } catch (Exception e) {
            // The stack trace goes to the log for whoever investigates; the operator gets one line.
            log.error("{} failed", cl.command(), e);
            throw Failure.describe(cl.command(), cl.command().equals("run") ? cl.option("date") : null, e);
        }
    }

    /** Dates were checked by {@link CommandLine#parse} before anything started; here they are only read. */
    static BusinessDate date(CommandLine cl, String option, boolean required) {
        String v = cl.option(option);
        if (v == null) {
            if (required) {
                throw new OperatorMessage(ExitCode.USAGE, cl.command() + " needs --" + option + " YYYY-MM-DD");
            }
            return null;
        }
        return BusinessDate.parse(v);
    }
}
