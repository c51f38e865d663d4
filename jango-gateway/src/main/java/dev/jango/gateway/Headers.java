package dev.jango.gateway;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * HTTP header fields as an ordered multi-map with case-insensitive names.
 *
 * <p>Fields keep the order they were added in, repeated names included, so a server can pass them on as
 * received and an application can emit several {@code Set-Cookie} fields. Lookups ignore ASCII case.
 * Instances are mutable and not thread-safe: one exchange owns them. This class does not validate names or
 * values; {@link GatewayLint} checks them, and higher layers refuse unsafe values.
 */
public final class Headers {

    private String[] fields; // name0, value0, name1, value1, ...
    private int size;

    /** An empty header list. */
    public Headers() {
        this(8);
    }

    /** An empty header list with room for {@code expected} fields before it grows. */
    public Headers(int expected) {
        fields = new String[Math.max(2, expected * 2)];
    }

    /** A header list of the given name/value pairs, in order. */
    public static Headers of(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Headers.of takes name/value pairs; got an odd number of strings");
        }
        Headers headers = new Headers(namesAndValues.length / 2);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            headers.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return headers;
    }

    /** The number of fields, counting each repetition of a name. */
    public int size() {
        return size;
    }

    /** True when there are no fields. */
    public boolean isEmpty() {
        return size == 0;
    }

    /** The name of field {@code index}, as it was added. */
    public String name(int index) {
        Objects.checkIndex(index, size);
        return fields[index * 2];
    }

    /** The value of field {@code index}. */
    public String value(int index) {
        Objects.checkIndex(index, size);
        return fields[index * 2 + 1];
    }

    /** Append a field, keeping any others of the same name. */
    public Headers add(String name, String value) {
        Objects.requireNonNull(name, "header name");
        Objects.requireNonNull(value, () -> "value of header " + name);
        int at = size * 2;
        if (at == fields.length) {
            fields = Arrays.copyOf(fields, fields.length * 2);
        }
        fields[at] = name;
        fields[at + 1] = value;
        size++;
        return this;
    }

    /** Replace every field named {@code name} with one field of the given value. */
    public Headers set(String name, String value) {
        Objects.requireNonNull(value, () -> "value of header " + name);
        int first = indexOf(name);
        if (first < 0) {
            return add(name, value);
        }
        fields[first * 2 + 1] = value;
        removeFrom(name, first + 1);
        return this;
    }

    /** Remove every field named {@code name}; returns true when one was there. */
    public boolean remove(String name) {
        return removeFrom(name, 0);
    }

    private boolean removeFrom(String name, int start) {
        int kept = start;
        for (int i = start; i < size; i++) {
            if (!fields[i * 2].equalsIgnoreCase(name)) {
                if (kept != i) {
                    fields[kept * 2] = fields[i * 2];
                    fields[kept * 2 + 1] = fields[i * 2 + 1];
                }
                kept++;
            }
        }
        boolean removed = kept != size;
        Arrays.fill(fields, kept * 2, size * 2, null);
        size = kept;
        return removed;
    }

    /** The first value of {@code name}, or null when absent. */
    public String get(String name) {
        int i = indexOf(name);
        return i < 0 ? null : fields[i * 2 + 1];
    }

    /** Every value of {@code name}, in order; empty when absent. */
    public List<String> getAll(String name) {
        List<String> values = null;
        for (int i = 0; i < size; i++) {
            if (fields[i * 2].equalsIgnoreCase(name)) {
                if (values == null) {
                    values = new ArrayList<>(2);
                }
                values.add(fields[i * 2 + 1]);
            }
        }
        return values == null ? List.of() : Collections.unmodifiableList(values);
    }

    /**
     * Every value of {@code name} joined with {@code separator}, in order, or null when absent; a single value comes
     * back as it is, with nothing allocated.
     */
    public String join(String name, String separator) {
        int i = indexOf(name);
        if (i < 0) {
            return null;
        }
        String first = fields[i * 2 + 1];
        StringBuilder joined = null;
        for (int j = i + 1; j < size; j++) {
            if (fields[j * 2].equalsIgnoreCase(name)) {
                if (joined == null) {
                    joined = new StringBuilder(first);
                }
                joined.append(separator).append(fields[j * 2 + 1]);
            }
        }
        return joined == null ? first : joined.toString();
    }

    /** True when a field named {@code name} is present. */
    public boolean contains(String name) {
        return indexOf(name) >= 0;
    }

    /** The distinct names, in the order they first appear, spelled as first added. */
    public Set<String> names() {
        Set<String> names = new LinkedHashSet<>();
        outer:
        for (int i = 0; i < size; i++) {
            String name = fields[i * 2];
            for (String seen : names) {
                if (seen.equalsIgnoreCase(name)) {
                    continue outer;
                }
            }
            names.add(name);
        }
        return Collections.unmodifiableSet(names);
    }

    /** Call {@code action} with each field's name and value, in order. */
    public void forEach(BiConsumer<String, String> action) {
        for (int i = 0; i < size; i++) {
            action.accept(fields[i * 2], fields[i * 2 + 1]);
        }
    }

    /** An independent copy of these fields. */
    public Headers copy() {
        Headers copy = new Headers(Math.max(size, 4));
        System.arraycopy(fields, 0, copy.fields, 0, size * 2);
        copy.size = size;
        return copy;
    }

    private int indexOf(String name) {
        for (int i = 0; i < size; i++) {
            if (fields[i * 2].equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Headers[");
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                text.append(", ");
            }
            text.append(fields[i * 2]).append(": ").append(fields[i * 2 + 1]);
        }
        return text.append(']').toString();
    }
}
