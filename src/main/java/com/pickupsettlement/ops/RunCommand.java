package com.pickupsettlement.ops;

import com.pickupsettlement.domain.BusinessDate;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "run", description = "Load, reconcile, settle and publish one business date (Europe/Moscow).")
final class RunCommand extends DateCommand {
    @Mixin
    Folders folders;

    @Override
    ExitCode run(ApplicationContext context, BusinessDate date) throws Exception {
        return context.getBean(NightRun.class).run(date);
    }
}
