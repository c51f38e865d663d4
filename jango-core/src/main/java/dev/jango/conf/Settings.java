package dev.jango.conf;

import dev.jango.core.exceptions.ImproperlyConfigured;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The configuration values of an application, immutable once built: Django's settings, as typed {@link Setting}s.
 *
 * <pre>{@code
 * import static dev.jango.conf.CoreSettings.*;
 *
 * Settings settings = Settings.builder()
 *         .set(DEBUG, true)
 *         .set(ALLOWED_HOSTS, List.of("example.com"))
 *         .build();
 * boolean debug = settings.get(DEBUG);
 * }</pre>
 *
 * <p>A value comes from, first to last: the environment variable the setting declares ({@code JANGO_DEBUG},
 * {@code JANGO_SECRET_KEY}, ...), the code ({@link Builder#set}), the declared default. Jango's own settings are in
 * {@link CoreSettings}; contrib apps and your application declare theirs the same way. Every value, from code or
 * environment, is checked when the settings are built; a wrong one fails with {@link ImproperlyConfigured} naming
 * the setting and where the value came from. Settings hold values only: middleware, URLs and the rest of the
 * application are assembled by {@code dev.jango.Jango.builder()}. Thread-safe.
 */
public final class Settings {

    private final Map<String, String> environment;
    private final Map<Setting<?>, Object> explicit;
    private final Object[] values;          // by Setting.index, for settings declared before build()
    private final boolean[] resolved;
    private final ConcurrentHashMap<Setting<?>, Object> late = new ConcurrentHashMap<>();

    private Settings(Builder builder) {
        this.environment = Map.copyOf(builder.environment);
        this.explicit = Map.copyOf(builder.explicit);
        int count = Setting.declaredCount();
        this.values = new Object[count];
        this.resolved = new boolean[count];
        for (Setting<?> setting : Setting.declared()) {
            if (setting.index < count) {
                values[setting.index] = resolve(setting);
                resolved[setting.index] = true;
            }
        }
    }

    /** A builder with every setting at its default, reading overrides from the process environment. */
    public static Builder builder() {
        return new Builder(System.getenv());
    }

    /** A builder reading overrides from {@code environment} instead of the process's (for tests). */
    public static Builder builder(Map<String, String> environment) {
        return new Builder(environment);
    }

    /** Every setting at its default, with the process environment's overrides. */
    public static Settings defaults() {
        return builder().build();
    }

    /** The value of {@code setting}: its environment override, else the code's value, else its default. */
    @SuppressWarnings("unchecked")
    public <T> T get(Setting<T> setting) {
        int i = setting.index;
        if (i < values.length && resolved[i]) {
            return (T) values[i];
        }
        // Declared after these settings were built (a class loaded later): resolved once, then kept.
        Object value = late.computeIfAbsent(setting, s -> java.util.Optional.ofNullable(resolve(s)));
        return (T) ((java.util.Optional<?>) value).orElse(null);
    }

    /** True when the code or the environment gave {@code setting} a value (a blank environment variable gives none). */
    public boolean isSet(Setting<?> setting) {
        String env = environment.get(setting.envVariable());
        return explicit.containsKey(setting) || env != null && !env.isBlank();
    }

    /** Where the value of {@code setting} comes from: {@code environment}, {@code code} or {@code default}. */
    public String origin(Setting<?> setting) {
        String env = environment.get(setting.envVariable());
        if (env != null && !env.isBlank()) {
            return "environment (" + setting.envVariable() + ")";
        }
        return explicit.containsKey(setting) ? "code" : "default";
    }

    /** Every declared setting's value by name, in declaration order, secrets masked: the debug page's table. */
    public Map<String, String> asMap() {
        Map<String, String> map = new LinkedHashMap<>();
        for (Setting<?> setting : Setting.declared()) {
            map.put(setting.name(), setting.display(get(setting)));
        }
        return map;
    }

    /** A builder holding these values, to derive other settings (for example in a test). */
    public Builder toBuilder() {
        Builder builder = new Builder(environment);
        builder.explicit.putAll(explicit);
        return builder;
    }

    private <T> T resolve(Setting<T> setting) {
        String env = environment.get(setting.envVariable());
        if (env != null && !env.isBlank()) {
            return setting.parse(env);
        }
        if (explicit.containsKey(setting)) {
            @SuppressWarnings("unchecked")
            T value = (T) explicit.get(setting);
            return value;
        }
        return setting.defaultValue();
    }

    /** A builder for {@link Settings}; not thread-safe. */
    public static final class Builder {

        private final Map<String, String> environment;
        private final Map<Setting<?>, Object> explicit = new HashMap<>();

        private Builder(Map<String, String> environment) {
            this.environment = Objects.requireNonNull(environment, "environment");
        }

        /**
         * Give {@code setting} a value in code (the environment still overrides it).
         *
         * @throws ImproperlyConfigured when the value fails the setting's check
         */
        public <T> Builder set(Setting<T> setting, T value) {
            explicit.put(Objects.requireNonNull(setting, "setting"), setting.checked(value, "the code"));
            return this;
        }

        /** Forget the code's value of {@code setting}. */
        public Builder unset(Setting<?> setting) {
            explicit.remove(setting);
            return this;
        }

        /**
         * The settings, every environment override read and checked now.
         *
         * @throws ImproperlyConfigured when an environment variable holds a value its setting cannot take
         */
        public Settings build() {
            return new Settings(this);
        }
    }

}
