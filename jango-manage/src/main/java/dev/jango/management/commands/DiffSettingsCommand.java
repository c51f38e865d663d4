package dev.jango.management.commands;

import dev.jango.conf.Settings;
import dev.jango.management.Command;
import dev.jango.management.CommandContext;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * {@code diffsettings}: the settings that differ from a fresh {@code Settings.builder()}'s, one
 * {@code name = value} a line; values of names that look secret (key, secret, password, token, ...) are masked
 * as on the debug page. {@code --all} prints every setting, defaults marked {@code ###} as Django does.
 */
@CommandLine.Command(name = "diffsettings", description = "Show the settings that differ from Jango's defaults (secrets masked).")
final class DiffSettingsCommand implements Command {

    /** Django's {@code HIDDEN_SETTINGS}: names containing these are masked. */
    static final Pattern SECRET = Pattern.compile("API|TOKEN|KEY|SECRET|PASS|SIGNATURE|CREDENTIAL",
            Pattern.CASE_INSENSITIVE);
    static final String MASK = "********************";

    @CommandLine.Option(names = "--all", description = "Show every setting; those at their default are marked ###.")
    boolean all;

    @Override
    public int run(CommandContext context) {
        Map<String, Object> actual = context.settings().asMap();
        Map<String, Object> defaults = Settings.builder(Map.of()).build().asMap();
        for (Map.Entry<String, Object> entry : actual.entrySet()) {
            String name = entry.getKey();
            boolean isDefault = defaults.containsKey(name) && Objects.equals(defaults.get(name), entry.getValue());
            if (isDefault && !all) {
                continue;
            }
            context.out().println(name + " = " + show(name, entry.getValue()) + (isDefault ? "  ###" : ""));
        }
        return 0;
    }

    private static String show(String name, Object value) {
        if (value == null) {
            return "null";
        }
        if (SECRET.matcher(name).find()) {
            return value.toString().isEmpty() ? "''" : MASK;
        }
        return value instanceof CharSequence text ? "'" + text + "'" : String.valueOf(value);
    }
}
