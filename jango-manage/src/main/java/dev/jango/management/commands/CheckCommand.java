package dev.jango.management.commands;

import dev.jango.conf.Settings;
import dev.jango.core.Jango;
import dev.jango.management.Command;
import dev.jango.management.CommandContext;
import picocli.CommandLine;

/** {@code check}: build the app as start-up does and report what is wrong with it (Django's system checks). */
@CommandLine.Command(name = "check", description = "Check the app for problems: build its settings, URLs and middleware as start-up does.")
final class CheckCommand implements Command {

    @Override
    public int run(CommandContext context) {
        Settings settings = context.settings();
        Jango.application(settings);
        context.out().println("System check identified no issues.");
        return 0;
    }
}
