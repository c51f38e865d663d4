package dev.jango.management.commands;

import dev.jango.conf.Setting;
import dev.jango.conf.Settings;
import dev.jango.management.base.Command;
import dev.jango.management.base.CommandContext;
import java.io.PrintStream;
import java.util.Objects;
import picocli.CommandLine;

/**
 * {@code diffsettings}: the settings whose value differs from their declared default, one {@code name = value} a
 * line, in declaration order (Jango's {@code CoreSettings} first, then those of the contrib apps, libraries and the
 * app, as their classes declared them); {@code --all} prints every declared setting, those at their default marked
 * {@code ###} as Django does. Rows come from the declarations ({@link Setting#declared()}): a value is shown as
 * {@link Setting#display} shows it, so secret settings are masked; text is quoted. {@code --origin} says where each
 * value comes from ({@link Settings#origin}: the environment variable, the code, or the default).
 *
 * <p>Only settings are listed: middleware, URL patterns and components are parts of the application, not
 * settings ({@code routes} lists the URL patterns, {@code check} looks at the middleware). A setting declared by a
 * class that is not loaded yet is not listed, as it does not exist yet.
 */
@CommandLine.Command(name = "diffsettings", description = "Show the settings that differ from their defaults (secrets masked).")
final class DiffSettingsCommand implements Command {

    @CommandLine.Option(names = "--all", description = "Show every setting; those at their default are marked ###.")
    boolean all;

    @CommandLine.Option(names = "--origin", description = "Say where each value comes from: the environment, the code or the default.")
    boolean origin;

    @Override
    public int run(CommandContext context) {
        Settings settings = context.settings();
        PrintStream out = context.out();
        for (Setting<?> setting : Setting.declared()) {
            Object value = settings.get(setting);
            boolean isDefault = Objects.equals(value, setting.defaultValue());
            if (isDefault && !all) {
                continue;
            }
            out.println(setting.name() + " = " + show(setting, value) + (isDefault ? "  ###" : "")
                    + (origin ? "  # " + settings.origin(setting) : ""));
        }
        return 0;
    }

    /** The value as {@link Setting#display} shows it (secrets masked), text in quotes as Django prints it. */
    static String show(Setting<?> setting, Object value) {
        String shown = setting.display(value);
        return value instanceof CharSequence && !setting.isSecret() ? "'" + shown + "'" : shown;
    }
}
