package dev.jango.http;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * A response whose body is {@code data} serialised as JSON with Jackson, {@code application/json}.
 *
 * <p>{@code <}, {@code >}, {@code &} and {@code '} are escaped as {@code \\u003c} and so on, so the output is
 * safe to embed in HTML, as Django's {@code JsonResponse} does.
 */
public class JsonResponse extends Response {

    /** A 200 JSON response of {@code data} (a record, map, list, ...). */
    public JsonResponse(Object data) {
        this(200, data);
    }

    /** A JSON response of {@code data} with {@code status}. */
    public JsonResponse(int status, Object data) {
        super(status, serialise(data), "application/json");
    }

    private static byte[] serialise(Object data) {
        try {
            return Json.mapper().writeValueAsBytes(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot serialise " + (data == null ? "null" : data.getClass().getName())
                    + " as JSON: " + e.getOriginalMessage(), e);
        }
    }
}
