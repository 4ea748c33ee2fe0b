package com.pickupsettlement.ops;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** --inbox and --out, shared by the commands that read feeds or write outputs. */
final class FolderOptions {
    @Option(names = "--inbox", paramLabel = "DIR", description = "where the feeds are (default ./inbox)")
    Path inbox;

    @Option(names = "--out", paramLabel = "DIR", description = "where the output folders go (default ./out)")
    Path out;

    List<String> springArguments() {
        return Cli.folders(inbox, out);
    }
}
