package dev.jango.management.commands;

import dev.jango.Jango;
import dev.jango.conf.Setting;
import dev.jango.conf.Settings;
import dev.jango.management.base.Command;
import dev.jango.management.base.CommandContext;
import dev.jango.template.TemplateEngine;
import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import picocli.CommandLine;

/**
 * {@code diffsettings}: the settings whose value differs from their declared default, one {@code name = value} a
 * line, sorted by name as Django sorts them (an app's dotted names, {@code polls.pageSize}, stay together);
 * {@code --all} prints every declared setting, those at their default marked {@code ###} as Django does. Rows come
 * from the declarations ({@link Setting#declared()}: Jango's, the contrib apps', the app's own): a value is shown as
 * {@link Setting#display} shows it, so secret settings are masked; text is quoted. {@code --origin} says where each
 * value comes from ({@link Settings#origin}: the environment variable, the code, or the default).
 *
 * <p>The middleware and the template engine are parts of the application, not settings (as they are in Django):
 * when the app has any, they follow in a section of their own, after a blank line and the heading
 * {@value #PARTS}, as {@code middleware = [class, ...]} (outermost first) and {@code templateEngine = class};
 * with {@code --all} the section is always there, empty parts marked {@code ###}. URL patterns are listed by
 * {@code routes}. A setting declared by a class that is not loaded yet is not listed, as it does not exist yet.
 */
@CommandLine.Command(name = "diffsettings", description = "Show the settings that differ from their defaults (secrets masked).")
final class DiffSettingsCommand implements Command {

    /** The heading of the application's parts, after the settings. */
    static final String PARTS = "# The application's parts (not settings):";

    @CommandLine.Option(names = "--all", description = "Show every setting; those at their default are marked ###.")
    boolean all;

    @CommandLine.Option(names = "--origin", description = "Say where each value comes from: the environment, the code or the default.")
    boolean origin;

    @Override
    public int run(CommandContext context) {
        Settings settings = context.settings();
        PrintStream out = context.out();
        List<Setting<?>> declared = Setting.declared().stream().sorted(Comparator.comparing(Setting::name)).toList();
        for (Setting<?> setting : declared) {
            Object value = settings.get(setting);
            boolean isDefault = Objects.equals(value, setting.defaultValue());
            if (isDefault && !all) {
                continue;
            }
            out.println(setting.name() + " = " + show(setting, value) + (isDefault ? "  ###" : "")
                    + (origin ? "  # " + settings.origin(setting) : ""));
        }
        Jango app = context.app();
        List<String> middleware = app.middleware().stream().map(layer -> layer.getClass().getName()).toList();
        TemplateEngine engine = app.templateEngine();
        if (all || !middleware.isEmpty() || engine != null) {
            out.println();
            out.println(PARTS);
            if (all || !middleware.isEmpty()) {
                out.println("middleware = " + middleware + (middleware.isEmpty() ? "  ###" : ""));
            }
            if (all || engine != null) {
                out.println("templateEngine = " + (engine == null ? "null  ###" : engine.getClass().getName()));
            }
        }
        return 0;
    }

    /** The value as {@link Setting#display} shows it (secrets masked), text in quotes as Django prints it. */
    static String show(Setting<?> setting, Object value) {
        String shown = setting.display(value);
        return value instanceof CharSequence && !setting.isSecret() ? "'" + shown + "'" : shown;
    }
}
