package dev.jango.urls;

import dev.jango.core.exceptions.ImproperlyConfigured;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** The converters routes may name: built-in {@code int}, {@code str}, {@code slug}, {@code uuid}, {@code path}, and registered ones. */
final class Converters {

    private Converters() {}

    /** Matches digits as an Integer; reverses any whole number (Integer, Long, Short, BigInteger). */
    static final PathConverter<Number> INT = new PathConverter<>() {
        @Override
        public String regex() {
            return "[0-9]+";
        }

        @Override
        public Number toJava(String text) {
            return Integer.valueOf(text); // too large for an int: NumberFormatException, so no match
        }

        @Override
        public String toUrl(Number value) {
            if (value instanceof Double || value instanceof Float || value instanceof java.math.BigDecimal) {
                throw new IllegalArgumentException("Not a whole number: " + value);
            }
            return value.toString();
        }
    };

    static final PathConverter<UUID> UUID_CONVERTER = new PathConverter<>() {
        @Override
        public String regex() {
            return "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
        }

        @Override
        public UUID toJava(String text) {
            return UUID.fromString(text);
        }

        @Override
        public String toUrl(UUID value) {
            return value.toString();
        }
    };

    private static final Map<String, PathConverter<?>> REGISTERED = new ConcurrentHashMap<>(Map.of(
            "int", INT, "str", text("[^/]+"), "slug", text("[-a-zA-Z0-9_]+"), "uuid", UUID_CONVERTER,
            "path", text(".+")));

    /** Register {@code converter} under {@code kind}, for routes compiled from now on. */
    static void register(String kind, PathConverter<?> converter) {
        if (!kind.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new ImproperlyConfigured("Converter name '" + kind + "' is not an identifier");
        }
        try {
            Pattern.compile(converter.regex());
        } catch (RuntimeException e) {
            throw new ImproperlyConfigured("Converter '" + kind + "' has an invalid regex '" + converter.regex()
                    + "': " + e.getMessage(), e);
        }
        // A converter of the same class replaces the earlier one: that is the app registering it again, as each
        // generation runserver's autoreload loads does (its class is a new one, from a new class loader, of the
        // same name). Another class under a taken name is a clash between two converters.
        PathConverter<?> earlier = REGISTERED.compute(kind, (name, current) ->
                current == null || current.getClass().getName().equals(converter.getClass().getName())
                        ? converter : current);
        if (earlier != converter) {
            throw new ImproperlyConfigured("A converter named '" + kind + "' is already registered ("
                    + earlier.getClass().getName() + "); pick another name for " + converter.getClass().getName());
        }
    }

    /** The converter named {@code kind}, or a start-up error naming the route that asked for it. */
    static PathConverter<?> get(String kind, String route) {
        PathConverter<?> converter = REGISTERED.get(kind);
        if (converter == null) {
            throw new ImproperlyConfigured("Route '" + route + "' uses an unknown converter '" + kind
                    + "'; known converters are " + String.join(", ", new TreeSet<>(REGISTERED.keySet()))
                    + ". Register your own with Urls.registerConverter(\"" + kind + "\", converter) before "
                    + "building the routes");
        }
        return converter;
    }

    private static PathConverter<String> text(String regex) {
        return new PathConverter<>() {
            @Override
            public String regex() {
                return regex;
            }

            @Override
            public String toJava(String text) {
                return text;
            }

            @Override
            public String toUrl(String value) {
                return value;
            }
        };
    }
}
