package dev.jango.http;

import dev.jango.core.exceptions.BadRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Write and read JSON as Jango does for {@link JsonResponse} and {@code request.json(...)}: Jackson 3, one fixed,
 * shared configuration.
 *
 * <p>Writing: compact; properties in the order they are declared (record components, then fields; map entries in
 * the map's order); java.time values as ISO-8601 strings ({@code "2025-05-01T12:30:00Z"}, {@code "2025-05-01"},
 * {@code "2025-05-01T12:30:00+02:00"}, {@code "PT1H30M"}), never numbers, and {@code java.util.Date} the same way;
 * {@code Optional} as its value or {@code null}; enums by {@code name()}; {@code <}, {@code >}, {@code &} and
 * {@code '} escaped as <code>&#92;u003c</code> and so on, so the text is safe inside an HTML {@code <script>}
 * element or attribute; every other character past ASCII escaped too (<code>"&#92;u00e9"</code>), so the output is
 * plain ASCII, as Python's {@code json.dumps} writes for Django. An object with no properties is an error, not
 * {@code {}}.
 *
 * <p>Reading: refuses unknown properties, anything after the value, {@code null} (or {@code ""}) for a primitive,
 * and malformed JSON, each with a message saying where (line and column, or the property's path). Dates and times
 * are read from the same ISO-8601 strings; offsets and zones are kept as sent (an {@code OffsetDateTime} of
 * {@code +02:00} stays {@code +02:00}, not moved to UTC). Records are read through their canonical constructor;
 * a class without one is filled through setters or non-final fields, never by writing a {@code final} field.
 *
 * <p>The API hands out no Jackson type: these methods take and return plain Java values and throw
 * {@link IllegalArgumentException}. Jackson shows in two places only, where a user needs it: its annotations
 * ({@code @JsonProperty}, {@code @JsonIgnore}, {@code @JsonFormat}, of {@code com.fasterxml.jackson.annotation},
 * still the 2.x package under Jackson 3) on your own types change how they are written and read; and the test
 * client's {@code ClientResponse.json()} gives a {@code tools.jackson.databind.JsonNode} to walk. The configuration
 * cannot be changed per application: that would cost a lookup per response. For another shape, annotate the type,
 * or write the bytes with a mapper of your own and return them in a {@link Response} of type
 * {@code application/json}.
 */
public final class Json {

    // Jackson 3 mappers are immutable and thread-safe; their buffer pool is a shared deque, fit for virtual threads.
    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .characterEscapes(new HtmlSafeEscapes()).build())
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY) // Jackson 3 sorts by default
            .enable(MapperFeature.USE_GETTERS_AS_SETTERS) // as Jackson 2: a collection with only a getter is filled
            .disable(EnumFeature.WRITE_ENUMS_USING_TO_STRING, EnumFeature.READ_ENUMS_USING_TO_STRING) // name()
            .enable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                    DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS, DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS,
                    DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();

    private Json() {}

    /**
     * {@code value} (a record, map, list, string, number, java.time value, ...) as JSON text.
     *
     * @throws IllegalArgumentException when the value cannot be written as JSON, naming its class
     */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JacksonException e) {
            throw notWritable(value, e);
        }
    }

    /**
     * {@code json} read into {@code type}: a record, a class, {@code Map.class}, {@code List.class} or
     * {@code Object.class} (maps, lists, strings, numbers, booleans and null).
     *
     * @throws IllegalArgumentException when it is not JSON of that shape, saying where and why
     */
    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(problem("Malformed JSON", e), e);
        }
    }

    /**
     * {@code value} converted through its JSON form into {@code type}: a record into maps and lists with
     * {@code Object.class}, and back with the record's class.
     *
     * @throws IllegalArgumentException when the value cannot be written as JSON, or its JSON is not of that shape
     */
    public static <T> T convert(Object value, Class<T> type) {
        try {
            return MAPPER.convertValue(value, type);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("Cannot convert " + (value == null ? "null" : value.getClass().getName())
                    + " to " + type.getName() + " through JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** {@code value} as UTF-8 JSON bytes, for {@link JsonResponse}. */
    static byte[] writeBytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JacksonException e) {
            throw notWritable(value, e);
        }
    }

    /**
     * A request body parsed as JSON into {@code type}.
     *
     * @throws BadRequest when it is empty or not JSON of that shape, saying where and why
     */
    static <T> T readBody(byte[] bytes, Class<T> type) {
        if (bytes.length == 0) {
            throw new BadRequest("The request body is empty; expected JSON");
        }
        try {
            return MAPPER.readValue(bytes, type);
        } catch (JacksonException e) {
            throw new BadRequest(problem("Malformed JSON body", e), e);
        }
    }

    private static IllegalArgumentException notWritable(Object value, JacksonException e) {
        return new IllegalArgumentException("Cannot serialise " + (value == null ? "null" : value.getClass().getName())
                + " as JSON: " + e.getOriginalMessage(), e);
    }

    /**
     * {@code what}, where (line and column when Jackson knows them, else the property's path: Jackson 3 has no
     * location for an unknown property of a record) and Jackson's own message.
     */
    private static String problem(String what, JacksonException e) {
        StringBuilder message = new StringBuilder(what);
        TokenStreamLocation at = e.getLocation();
        boolean located = at != null && at.getLineNr() > 0;
        if (located) {
            message.append(" at line ").append(at.getLineNr()).append(", column ").append(at.getColumnNr());
        }
        if (!e.getPath().isEmpty()) {
            message.append(located ? " (" : " at ");
            message.append('$');
            for (JacksonException.Reference step : e.getPath()) {
                if (step.getPropertyName() != null) {
                    message.append('.').append(step.getPropertyName());
                } else if (step.getIndex() >= 0) {
                    message.append('[').append(step.getIndex()).append(']');
                }
            }
            message.append(located ? ")" : "");
        }
        return message.append(": ").append(e.getOriginalMessage()).toString();
    }
}
