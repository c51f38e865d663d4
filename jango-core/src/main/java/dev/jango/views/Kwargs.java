package dev.jango.views;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The values captured from the path by a route's converters, by name: {@code <int:id>} gives an
 * {@link Integer} named {@code id}; a {@code rePath} named group gives a {@link String}.
 */
public final class Kwargs {

    private static final Kwargs EMPTY = new Kwargs(new String[0], new Object[0]);

    private final String[] names;
    private final Object[] values;

    Kwargs(String[] names, Object[] values) {
        this.names = names;
        this.values = values;
    }

    /** No captured values. */
    public static Kwargs empty() {
        return EMPTY;
    }

    /**
     * Kwargs of {@code names[i] = values[i]}, as URL resolution makes them; the arrays are taken, not copied, so
     * the caller must not change them afterwards.
     *
     * @throws IllegalArgumentException when the arrays differ in length
     */
    public static Kwargs of(String[] names, Object[] values) {
        if (names.length != values.length) {
            throw new IllegalArgumentException(names.length + " names but " + values.length + " values");
        }
        return names.length == 0 ? EMPTY : new Kwargs(names, values);
    }

    /** Kwargs from a map, for calling a view directly in tests. */
    public static Kwargs of(Map<String, ?> values) {
        return new Kwargs(values.keySet().toArray(String[]::new), values.values().toArray());
    }

    /** The value named {@code name}, or null when the route has no such part. */
    public Object get(String name) {
        for (int i = names.length - 1; i >= 0; i--) {
            if (names[i].equals(name)) {
                return values[i];
            }
        }
        return null;
    }

    /** The value named {@code name}, cast to {@code type}. */
    public <T> T get(String name, Class<T> type) {
        return type.cast(require(name));
    }

    /** The {@code int} named {@code name}, for an {@code <int:name>} part. */
    public int getInt(String name) {
        Object value = require(name);
        return value instanceof Integer i ? i : Integer.parseInt(value.toString());
    }

    /** The value named {@code name} as text. */
    public String getString(String name) {
        return require(name).toString();
    }

    /** True when the route captured a value named {@code name}. */
    public boolean contains(String name) {
        return get(name) != null;
    }

    /** The number of captured values. */
    public int size() {
        return names.length;
    }

    /** The captured values as an ordered map. */
    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            map.put(names[i], values[i]);
        }
        return Collections.unmodifiableMap(map);
    }

    private Object require(String name) {
        Object value = get(name);
        if (value == null) {
            throw new NoSuchElementException("No path value named '" + name + "'; this route captured "
                    + Arrays.toString(names));
        }
        return value;
    }

    @Override
    public String toString() {
        return asMap().toString();
    }
}
