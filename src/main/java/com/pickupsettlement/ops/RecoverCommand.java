package com.pickupsettlement.ops;

import com.pickupsettlement.domain.BusinessDate;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;

@Command(name = "recover",
        description = {"Mark a run left STARTED by a crash (kill -9, power loss) as FAILED, so that run resumes it.",
                "Refused while a live process still holds the run ('status' shows it); a date with no run left "
                        + "STARTED is left as it is. Then: run --date with the same date."})
final class RecoverCommand extends DateCommand {

    @Override
    ExitCode run(ApplicationContext context, BusinessDate date) throws Exception {
        return context.getBean(Recovery.class).recover(date);
    }
}
