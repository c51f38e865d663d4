package dev.jango.management;

import java.io.PrintStream;
import java.util.Collection;
import java.util.List;

/** The command list {@code help} prints: Jango's commands, then the app's own, each with its description. */
final class CommandList {

    private CommandList() {}

    static void print(PrintStream out, String prog, Collection<Manage.Registered> commands) {
        out.println("Usage: " + prog + " <command> [options]");
        out.println();
        out.println("Type '" + prog + " help <command>' (or '<command> --help') for help on a specific command.");
        int width = commands.stream().mapToInt(c -> c.name().length()).max().orElse(0) + 2;
        section(out, "Available commands:", commands.stream().filter(c -> !c.own()).toList(), width);
        section(out, "The app's commands:", commands.stream().filter(Manage.Registered::own).toList(), width);
        out.flush();
    }

    private static void section(PrintStream out, String title, List<Manage.Registered> commands, int width) {
        if (commands.isEmpty()) {
            return;
        }
        out.println();
        out.println(title);
        for (Manage.Registered command : commands) {
            out.println("  " + pad(command.name(), width) + command.description());
        }
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(1, width - text.length()));
    }
}
