package com.pickupsettlement.ops;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * A command that reads feeds or writes outputs: --inbox and --out, and the Spring properties they
 * set, so that such a command cannot take the options and then run on the default folders.
 */
abstract class FolderCommand implements DatabaseCommand {
    @Option(names = "--inbox", paramLabel = "DIR", description = "where the feeds are (default ./inbox)")
    Path inbox;

    @Option(names = "--out", paramLabel = "DIR", description = "where the output folders go (default ./out)")
    Path out;

    @Override
    public List<String> springArguments() {
        return Cli.folders(inbox, out);
    }
}
