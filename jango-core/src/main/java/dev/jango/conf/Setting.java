package dev.jango.conf;

import dev.jango.core.exceptions.ImproperlyConfigured;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One setting, declared once: its name, type, default, how its environment override is read and what it is for.
 *
 * <pre>{@code
 * public static final Setting<Integer> PAGE_SIZE = Setting.integer("polls.pageSize", 20)
 *         .doc("Questions per page on the index");
 *
 * Settings settings = Settings.builder().set(PAGE_SIZE, 50).build();   // in code
 * // JANGO_POLLS_PAGE_SIZE=30 in the environment overrides the code
 * int size = request.settings().get(PAGE_SIZE);
 * }</pre>
 *
 * <p>The declaration is the only place a setting is described: {@link Settings.Builder#set} takes its values,
 * its environment variable is derived from its name ({@code camelCase} words and dots become
 * {@code JANGO_UPPER_SNAKE}, unless {@link #env} names another), and {@code diffsettings} and the debug page list
 * it. Refine a setting ({@link #doc}, {@link #secret}, {@link #check}, {@link #env}) only in the expression
 * that declares it. Names are unique: a second declaration of a name from another class fails; one from the
 * same class (a reloaded class) replaces the first. Instances are immutable once declared and thread-safe.
 */
public final class Setting<T> {

    private static final AtomicInteger NEXT_INDEX = new AtomicInteger();
    private static final ConcurrentHashMap<String, Setting<?>> DECLARED = new ConcurrentHashMap<>();

    private final String name;
    private final Class<?> type;
    private final T defaultValue;
    private final Function<String, T> parser;
    private final String owner;
    final int index;
    private String env;
    private String doc = "";
    private boolean secret;
    private Predicate<? super T> check = value -> true;
    private String requirement = "";

    private Setting(String name, Class<?> type, T defaultValue, Function<String, T> parser, String owner) {
        if (name == null || !name.matches("[a-z][A-Za-z0-9]*(\\.[a-z][A-Za-z0-9]*)*")) {
            throw new ImproperlyConfigured("A setting's name is camelCase words joined by dots, like 'debug' or "
                    + "'polls.pageSize'; '" + name + "' is not");
        }
        this.name = name;
        this.type = type;
        this.defaultValue = defaultValue;
        this.parser = Objects.requireNonNull(parser, "parser");
        this.owner = owner;
        this.env = "JANGO_" + name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("([A-Z])([A-Z][a-z])", "$1_$2")
                .replace('.', '_').toUpperCase(Locale.ROOT);
        this.index = NEXT_INDEX.getAndIncrement();
        Setting<?> earlier = DECLARED.put(name, this);
        if (earlier != null && !earlier.owner.equals(owner)) {
            DECLARED.put(name, earlier);
            throw new ImproperlyConfigured("The setting '" + name + "' is declared twice: in " + earlier.owner
                    + " and in " + owner + "; give one of them another name");
        }
    }

    /** A true/false setting; its environment variable takes {@code true/false}, {@code 1/0}, {@code yes/no}, {@code on/off}. */
    public static Setting<Boolean> bool(String name, boolean defaultValue) {
        return new Setting<>(name, Boolean.class, defaultValue, Setting::parseBoolean, caller());
    }

    /** A text setting. */
    public static Setting<String> string(String name, String defaultValue) {
        return new Setting<>(name, String.class, defaultValue, String::strip, caller());
    }

    /** A whole-number setting. */
    public static Setting<Integer> integer(String name, int defaultValue) {
        return new Setting<>(name, Integer.class, defaultValue, text -> Integer.parseInt(text.strip()), caller());
    }

    /** A large whole-number setting, such as a size in bytes. */
    public static Setting<Long> longValue(String name, long defaultValue) {
        return new Setting<>(name, Long.class, defaultValue, text -> Long.parseLong(text.strip()), caller());
    }

    /** A duration; its environment variable takes ISO-8601 ({@code PT30S}) or a number and a unit ({@code 30s}, {@code 5m}, {@code 2h}, {@code 250ms}, {@code 7d}). */
    public static Setting<Duration> duration(String name, Duration defaultValue) {
        return new Setting<>(name, Duration.class, defaultValue, Setting::parseDuration, caller());
    }

    /** A file-system path (default may be null). */
    public static Setting<Path> path(String name, Path defaultValue) {
        return new Setting<>(name, Path.class, defaultValue, text -> Path.of(text.strip()), caller());
    }

    /** A list of strings; its environment variable is comma-separated, blank items dropped. */
    public static Setting<List<String>> list(String name, List<String> defaultValue) {
        return new Setting<>(name, List.class, List.copyOf(defaultValue),
                text -> Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList(), caller());
    }

    /** One constant of {@code type}; its environment variable names the constant, in any case. */
    public static <E extends Enum<E>> Setting<E> choice(String name, Class<E> type, E defaultValue) {
        return new Setting<>(name, type, defaultValue, text -> Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT)),
                caller());
    }

    /**
     * A setting of any type, read from its environment variable by {@code parser} (which throws an
     * {@link IllegalArgumentException} for text it cannot read).
     */
    public static <T> Setting<T> of(String name, Class<? super T> type, T defaultValue, Function<String, T> parser) {
        return new Setting<>(name, type, defaultValue, parser, caller());
    }

    /** Say what the setting is for (one line; {@code diffsettings} shows it). */
    public Setting<T> doc(String text) {
        this.doc = Objects.requireNonNull(text, "text");
        return this;
    }

    /** Mark the value secret: it is never printed, only its presence. */
    public Setting<T> secret() {
        this.secret = true;
        return this;
    }

    /** Read the environment variable {@code variable} instead of the derived one. */
    public Setting<T> env(String variable) {
        this.env = Objects.requireNonNull(variable, "variable");
        return this;
    }

    /**
     * Refuse values that fail {@code test}, at start-up, with "{@code name} must be {@code requirement}".
     * The default value is not checked.
     */
    public Setting<T> check(Predicate<? super T> test, String requirement) {
        this.check = Objects.requireNonNull(test, "test");
        this.requirement = Objects.requireNonNull(requirement, "requirement");
        return this;
    }

    /** The name, for example {@code dataUploadMaxMemorySize}. */
    public String name() {
        return name;
    }

    /** The type of the values. */
    public Class<?> type() {
        return type;
    }

    /** The value when neither code nor environment gives one; may be null. */
    public T defaultValue() {
        return defaultValue;
    }

    /** The environment variable that overrides the code, for example {@code JANGO_DEBUG}. */
    public String envVariable() {
        return env;
    }

    /** What the setting is for, or {@code ""}. */
    public String doc() {
        return doc;
    }

    /** True when the value must never be printed. */
    public boolean isSecret() {
        return secret;
    }

    /** Every setting declared so far (by classes loaded so far), by name. */
    public static List<Setting<?>> declared() {
        return DECLARED.values().stream().sorted(java.util.Comparator.comparingInt(s -> s.index)).toList();
    }

    static int declaredCount() {
        return NEXT_INDEX.get();
    }

    /** {@code value} checked, or ImproperlyConfigured naming the setting, the value's origin and what it must be. */
    T checked(T value, String origin) {
        if (value != null && !type.isInstance(value)) {
            throw new ImproperlyConfigured("The setting " + name + " takes " + article(type.getSimpleName()) + "; "
                    + origin + " gave " + article(value.getClass().getSimpleName()));
        }
        if (value != null && !check.test(value)) {
            throw new ImproperlyConfigured("The setting " + name + " must be " + requirement + "; " + origin + " gave "
                    + (secret ? "a secret value" : "'" + value + "'"));
        }
        return value;
    }

    /** The value of the environment variable's {@code text}, checked. */
    T parse(String text) {
        T value;
        try {
            value = parser.apply(text);
        } catch (RuntimeException e) {
            throw new ImproperlyConfigured("The environment variable " + env + " (setting " + name + ") is "
                    + (secret ? "not valid" : "'" + text + "'") + ", which is not " + article(type.getSimpleName())
                    + (e.getMessage() == null || secret ? "" : " (" + e.getMessage() + ")"), e);
        }
        return checked(value, "the environment variable " + env);
    }

    /** The value as {@code diffsettings} prints it: secrets masked. */
    public String display(Object value) {
        if (secret) {
            boolean absent = value == null || value.toString().isEmpty()
                    || value instanceof java.util.Collection<?> values && values.isEmpty();
            return absent ? "(not set)" : "********";
        }
        return String.valueOf(value);
    }

    @Override
    public String toString() {
        return "Setting " + name;
    }

    private static boolean parseBoolean(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off" -> false;
            default -> throw new IllegalArgumentException("use true or false");
        };
    }

    private static Duration parseDuration(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        try {
            if (t.startsWith("p")) {
                return Duration.parse(t.toUpperCase(Locale.ROOT));
            }
            int split = 0;
            while (split < t.length() && Character.isDigit(t.charAt(split))) {
                split++;
            }
            long amount = Long.parseLong(t.substring(0, split));
            return switch (t.substring(split).strip()) {
                case "ms" -> Duration.ofMillis(amount);
                case "s", "" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                case "d" -> Duration.ofDays(amount);
                default -> throw new IllegalArgumentException("use a number and ms, s, m, h or d, or ISO-8601");
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("use a number and ms, s, m, h or d, or ISO-8601", e);
        }
    }

    private static String caller() {
        return StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).walk(frames -> frames
                .map(StackWalker.StackFrame::getDeclaringClass)
                .filter(c -> c != Setting.class)
                .findFirst().map(Class::getName).orElse("?"));
    }

    /** "a Long", "an Integer": the type's name with its English article, for messages. */
    private static String article(String typeName) {
        return ("AEIOU".indexOf(typeName.isEmpty() ? 'x' : typeName.charAt(0)) >= 0 ? "an " : "a ") + typeName;
    }
}
