package dev.jango.management;

import picocli.CommandLine.Option;

/** The options every command takes, mixed into each one's parser. */
final class CommonOptions {

    @Option(names = "--traceback", description = "Show the full stack trace when the command fails.")
    boolean traceback;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;
}
