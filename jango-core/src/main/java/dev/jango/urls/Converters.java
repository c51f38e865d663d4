package dev.jango.urls;

import java.util.Map;
import java.util.UUID;

/** The built-in path converters: {@code int}, {@code str}, {@code slug}, {@code uuid} and {@code path}. */
final class Converters {

    private Converters() {}

    static final PathConverter<Integer> INT = new PathConverter<>() {
        @Override
        public String regex() {
            return "[0-9]+";
        }

        @Override
        public Integer toJava(String text) {
            return Integer.valueOf(text); // too large for an int: NumberFormatException, so no match
        }

        @Override
        public String toUrl(Integer value) {
            return value.toString();
        }
    };

    static final PathConverter<String> STR = text("[^/]+");
    static final PathConverter<String> SLUG = text("[-a-zA-Z0-9_]+");
    static final PathConverter<String> PATH = text(".+");

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

    static final Map<String, PathConverter<?>> BUILT_IN = Map.of(
            "int", INT, "str", STR, "slug", SLUG, "uuid", UUID_CONVERTER, "path", PATH);

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
