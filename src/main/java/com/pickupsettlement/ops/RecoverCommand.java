package com.pickupsettlement.ops;

import com.pickupsettlement.domain.BusinessDate;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "recover", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "Mark a run left STARTED by a crash (kill -9, power loss) as FAILED, so that run resumes it.")
final class RecoverCommand implements DatabaseCommand {
    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD",
            description = "the business date whose run crashed")
    BusinessDate date;

    @Override
    public String subject() {
        return date.toString();
    }

    @Override
    public ExitCode execute(ApplicationContext context) throws Exception {
        return context.getBean(Recovery.class).recover(date);
    }
}
