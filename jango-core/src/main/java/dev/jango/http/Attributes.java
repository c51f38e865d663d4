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

    /**
     * {@code slots} (a request's own values, null while it has none) with {@code key} set to {@code value}: the same
     * array when it has the slot, else a copy grown to hold every key declared so far.
     */
    static Object[] store(Object[] slots, Attribute<?> key, Object value) {
        int i = key.index;
        if (slots == null || i >= slots.length) {
            if (value == null) {
                return slots;
            }
            int size = Math.max(Attribute.count(), i + 1);
            slots = slots == null ? new Object[size] : Arrays.copyOf(slots, size);
        }
        slots[i] = value;
        return slots;
    }

    /** The value of {@code key}, or null. */
    @SuppressWarnings("unchecked")
    public <T> T get(Attribute<T> key) {
        return key.index < values.length ? (T) values[key.index] : null;
    }
}
