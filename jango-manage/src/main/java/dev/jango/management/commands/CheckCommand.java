package dev.jango.management.commands;

import dev.jango.conf.Settings;
import dev.jango.management.Command;
import dev.jango.management.CommandContext;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * {@code check}: build the app as start-up does (settings, URL configuration, middleware) and report what is
 * wrong, like Django's system check framework. Errors fail the command (exit 1); warnings are printed and only
 * fail it with {@code --fail-level WARNING}.
 */
@CommandLine.Command(name = "check", description = "Check the app for problems: build its settings, URLs and middleware as start-up does.")
final class CheckCommand implements Command {

    @CommandLine.Option(names = "--deploy", description = "Also check what a production deployment needs (debug off, a strong secret key, HSTS, HTTPS redirect, secure cookies).")
    boolean deploy;

    @CommandLine.Option(names = "--fail-level", paramLabel = "LEVEL", defaultValue = "ERROR",
            description = "Exit with 1 when a message of this level or worse is found: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    CheckMessage.Level failLevel;

    @Override
    public int run(CommandContext context) {
        Settings settings = context.settings();
        List<CheckMessage> messages = new ArrayList<>(SystemChecks.run(settings));
        if (deploy) {
            messages.addAll(DeployChecks.run(settings));
        }
        PrintStream out = context.out();
        if (messages.isEmpty()) {
            out.println("System check identified no issues.");
            return 0;
        }
        boolean failed = messages.stream().anyMatch(m -> m.level().compareTo(failLevel) >= 0);
        PrintStream target = failed ? context.err() : out;
        target.println(failed ? "SystemCheckError: System check identified some issues:"
                : "System check identified some issues:");
        section(target, "ERRORS:", messages, CheckMessage.Level.ERROR, CheckMessage.Level.CRITICAL);
        section(target, "WARNINGS:", messages, CheckMessage.Level.WARNING, CheckMessage.Level.WARNING);
        section(target, "INFOS:", messages, CheckMessage.Level.DEBUG, CheckMessage.Level.INFO);
        target.println();
        target.println("System check identified " + messages.size() + (messages.size() == 1 ? " issue." : " issues."));
        return failed ? 1 : 0;
    }

    private static void section(PrintStream out, String title, List<CheckMessage> messages, CheckMessage.Level from,
            CheckMessage.Level to) {
        List<CheckMessage> selected = messages.stream()
                .filter(m -> m.level().compareTo(from) >= 0 && m.level().compareTo(to) <= 0).toList();
        if (selected.isEmpty()) {
            return;
        }
        out.println();
        out.println(title);
        selected.forEach(m -> out.println(m.format()));
    }
}
