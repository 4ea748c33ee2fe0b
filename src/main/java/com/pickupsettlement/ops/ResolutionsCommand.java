package com.pickupsettlement.ops;

import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "resolutions",
        description = "Finance's decisions on breaks (rulebook 9), in force and ended: who decided what, when, "
                + "why, about which exception, from which file and line.")
final class ResolutionsCommand implements DatabaseCommand {
    @Option(names = "--order", paramLabel = "ORDER_ID", description = "only those about this order")
    String orderId;

    @Option(names = "--state", paramLabel = "all|in-force|ended", defaultValue = "all",
            description = "all (default), in-force (CLOSEs in force and write-offs) or ended")
    String state;

    @Option(names = "--format", paramLabel = "table|csv", defaultValue = "table", description = "table (default) or csv")
    ConsoleTable.Format format;

    @Override
    public ExitCode execute(ApplicationContext context) {
        if (!state.equals("all") && !state.equals("in-force") && !state.equals("ended")) {
            throw new OperatorMessage(ExitCode.USAGE, "resolutions: --state is all, in-force or ended, not '" + state + "'");
        }
        return context.getBean(ResolutionsReport.class).print(orderId, state, format);
    }
}
