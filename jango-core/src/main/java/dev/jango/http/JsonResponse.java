package dev.jango.http;

/**
 * A response whose body is {@code data} written as JSON by {@link Json}, {@code application/json}.
 *
 * <p>Properties come in declaration order, java.time values as ISO-8601 strings, and {@code <}, {@code >},
 * {@code &} and {@code '} are escaped as <code>&#92;u003c</code> and so on, so the output is safe to embed in HTML (see
 * {@link Json} for the whole configuration and why it hands out no Jackson type). The body is written once, here.
 */
public class JsonResponse extends Response {

    /**
     * A 200 JSON response of {@code data} (a record, map, list, ...).
     *
     * @throws IllegalArgumentException when {@code data} cannot be written as JSON
     */
    public JsonResponse(Object data) {
        this(200, data);
    }

    /**
     * A JSON response of {@code data} with {@code status}.
     *
     * @throws IllegalArgumentException when {@code data} cannot be written as JSON
     */
    public JsonResponse(int status, Object data) {
        super(status, Json.writeBytes(data), "application/json");
    }
}
