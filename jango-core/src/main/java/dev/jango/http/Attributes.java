package dev.jango.http;

import java.util.Arrays;
import java.util.Objects;

/**
 * Attribute values an application gives every request (its template engine, its URL configuration), fixed at
 * start-up; a request's own {@link Request#setAttribute} hides them for that request only. Immutable.
 */
public final class Attributes {

    private static final Attributes NONE = new Attributes(new Object[0]);

    final Object[] values;

    private Attributes(Object[] values) {
        this.values = values;
    }

    /** No values. */
    public static Attributes none() {
        return NONE;
    }

    /** These values with {@code key} set to {@code value} (null removes it). */
    public <T> Attributes with(Attribute<T> key, T value) {
        Objects.requireNonNull(key, "key");
        Object[] copy = Arrays.copyOf(values, Math.max(values.length, key.index + 1));
        copy[key.index] = value;
        return new Attributes(copy);
    }

    /** The value of {@code key}, or null. */
    @SuppressWarnings("unchecked")
    public <T> T get(Attribute<T> key) {
        return key.index < values.length ? (T) values[key.index] : null;
    }
}
