package dev.jango.management.commands;

import dev.jango.Jango;
import dev.jango.core.exceptions.ImproperlyConfigured;
import dev.jango.management.base.CheckMessage;
import dev.jango.management.base.Command;
import dev.jango.management.base.CommandContext;
import dev.jango.management.base.SystemCheck;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import picocli.CommandLine;

/**
 * {@code check}: build the app as start-up does (settings, URL configuration, middleware) and report what is
 * wrong, like Django's system check framework. Errors fail the command (exit 1); warnings are printed and only
 * fail it with {@code --fail-level WARNING}.
 *
 * <p>The checks are Jango's own ({@link SystemChecks}, and {@link DeployChecks} with {@code --deploy}) and those
 * libraries contribute as {@link SystemCheck} services (the contrib apps' middleware order, static files nothing
 * serves, ...). An app that cannot be built at all is one error, {@code jango.E001}, saying why.
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
        List<CheckMessage> messages = new ArrayList<>();
        Jango app = built(context, messages);
        if (app != null) {
            messages.addAll(SystemChecks.run(app));
            List<SystemCheck> contributed = contributed();
            for (SystemCheck check : contributed) {
                if (!check.deployOnly()) {
                    messages.addAll(check.check(app));
                }
            }
            if (deploy) {
                messages.addAll(DeployChecks.run(app));
                for (SystemCheck check : contributed) {
                    if (check.deployOnly()) {
                        messages.addAll(check.check(app));
                    }
                }
            }
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

    /** The app, or null with the reason it cannot be built (what start-up would refuse) added as jango.E001. */
    private static Jango built(CommandContext context, List<CheckMessage> messages) {
        try {
            return context.app();
        } catch (RuntimeException e) {
            messages.add(CheckMessage.error("jango.E001", e.getClass().getSimpleName() + ": " + e.getMessage(), null));
            return null;
        }
    }

    /** The checks libraries contribute, in class-name order so the report reads the same every time. */
    static List<SystemCheck> contributed() {
        List<SystemCheck> checks = new ArrayList<>();
        try {
            ServiceLoader.load(SystemCheck.class).forEach(checks::add);
        } catch (ServiceConfigurationError e) {
            throw new ImproperlyConfigured("A library's system checks cannot be loaded: " + e.getMessage(), e);
        }
        checks.sort(Comparator.comparing(check -> check.getClass().getName()));
        return checks;
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
