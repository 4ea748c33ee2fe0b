package com.pickupsettlement.ops;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * --inbox and --out, for the commands that read feeds and write outputs (a picocli mixin);
 * {@link DatabaseCommand#springArguments()} passes them on to the settings.
 */
final class Folders {
    @Option(names = "--inbox", paramLabel = "DIR", description = "where the feeds are (default ./inbox)")
    Path inbox;

    @Option(names = "--out", paramLabel = "DIR", description = "where the output folders go (default ./out)")
    Path out;
}
