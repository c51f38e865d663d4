package dev.jango.db;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Maps result rows to Java values: a record by its component names (columns matched case-insensitively,
 * {@code snake_case} to {@code camelCase}), or a single column to a simple type.
 */
final class Rows {

    private static final Map<Class<?>, Constructor<?>> CONSTRUCTORS = new ConcurrentHashMap<>();

    private Rows() {}

    static <T> T map(ResultSet row, Class<T> type) throws SQLException {
        if (!type.isRecord()) {
            return column(row, 1, type);
        }
        RecordComponent[] components = type.getRecordComponents();
        ResultSetMetaData meta = row.getMetaData();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            int index = indexOf(meta, components[i].getName());
            if (index < 0) {
                throw new DatabaseError("No column for " + type.getSimpleName() + "." + components[i].getName()
                        + " in the result", null);
            }
            values[i] = column(row, index, components[i].getType());
        }
        try {
            return type.cast(CONSTRUCTORS.computeIfAbsent(type, Rows::canonical).newInstance(values));
        } catch (ReflectiveOperationException e) {
            throw new DatabaseError("Cannot make a " + type.getName() + " from a row", e);
        }
    }

    private static Constructor<?> canonical(Class<?> type) {
        Class<?>[] types = java.util.Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int indexOf(ResultSetMetaData meta, String component) throws SQLException {
        String wanted = component.toLowerCase(Locale.ROOT);
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            String label = meta.getColumnLabel(i).toLowerCase(Locale.ROOT).replace("_", "");
            if (label.equals(wanted)) {
                return i;
            }
        }
        return -1;
    }

    @SuppressWarnings("unchecked")
    private static <T> T column(ResultSet row, int index, Class<T> type) throws SQLException {
        Object value;
        if (type == int.class || type == Integer.class) {
            value = row.getInt(index);
        } else if (type == long.class || type == Long.class) {
            value = row.getLong(index);
        } else if (type == boolean.class || type == Boolean.class) {
            value = row.getBoolean(index);
        } else if (type == double.class || type == Double.class) {
            value = row.getDouble(index);
        } else if (type == String.class) {
            value = row.getString(index);
        } else if (type == BigDecimal.class) {
            value = row.getBigDecimal(index);
        } else if (type == Instant.class) {
            OffsetDateTime time = row.getObject(index, OffsetDateTime.class);
            value = time == null ? null : time.toInstant();
        } else if (type == LocalDateTime.class || type == LocalDate.class || type == UUID.class
                || type == OffsetDateTime.class) {
            value = row.getObject(index, type);
        } else {
            value = row.getObject(index);
        }
        if (row.wasNull() && !type.isPrimitive()) {
            return null;
        }
        return (T) value;
    }
}
