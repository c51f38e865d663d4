package dev.jango.http;

import dev.jango.gateway.Body;
import dev.jango.gateway.Headers;
import dev.jango.gateway.ReasonPhrases;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * An HTTP response: status, header fields and a body held in memory.
 *
 * <p>Mutable, so that middleware can change it on the way out. The content type defaults to
 * {@code text/html; charset=utf-8}. Header values are checked when set: a value carrying CR, LF or NUL
 * (header injection) is refused with an {@link IllegalArgumentException} naming the header.
 */
public class Response {

    /** The content type a response has unless told otherwise. */
    public static final String DEFAULT_CONTENT_TYPE = "text/html; charset=utf-8";

    private int status;
    private String reasonPhrase;
    private final Headers headers = new Headers();
    /** True once {@link #headers()} handed the fields out: they may hold fields no check has seen. */
    private boolean headersExposed;
    private byte[] content;
    private java.util.Map<String, Cookie> cookies;

    /** A response of {@code status} with {@code content} of type {@code contentType}. */
    public Response(int status, byte[] content, String contentType) {
        status(status);
        this.content = Objects.requireNonNull(content, "content");
        header("Content-Type", contentType);
    }

    /** A 200 HTML response with {@code html} as its UTF-8 body. */
    public static Response html(String html) {
        return new Response(200, html.getBytes(StandardCharsets.UTF_8), DEFAULT_CONTENT_TYPE);
    }

    /** A 200 plain-text response with {@code text} as its UTF-8 body. */
    public static Response text(String text) {
        return new Response(200, text.getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8");
    }

    /** A plain-text response of {@code status} with {@code text} as its UTF-8 body. */
    public static Response text(int status, String text) {
        return new Response(status, text.getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8");
    }

    /** An empty response of {@code status}, for example 204. */
    public static Response empty(int status) {
        return new Response(status, new byte[0], DEFAULT_CONTENT_TYPE);
    }

    /** 304 Not Modified, without a body. */
    public static Response notModified() {
        return empty(304);
    }

    /** 400 Bad Request with a short plain-text explanation. */
    public static Response badRequest(String text) {
        return text(400, text);
    }

    /** 403 Forbidden with a short plain-text explanation. */
    public static Response forbidden(String text) {
        return text(403, text);
    }

    /** 404 Not Found with a short plain-text explanation. */
    public static Response notFound(String text) {
        return text(404, text);
    }

    /** 405 Method Not Allowed, empty (Django's {@code HttpResponseNotAllowed}), with {@code Allow} listing {@code allowed}. */
    public static Response notAllowed(java.util.List<String> allowed) {
        return empty(405).header("Allow", String.join(", ", allowed));
    }

    /** 410 Gone: it was here and will not come back. */
    public static Response gone() {
        return text(410, "Gone");
    }

    /** The status code. */
    public int status() {
        return status;
    }

    /** Set the status code, 100 to 599. */
    public Response status(int status) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("HTTP status must be 100-599, was " + status);
        }
        this.status = status;
        return this;
    }

    /**
     * The reason phrase of the status line: the one set with {@link #reasonPhrase(String)}, else the standard phrase
     * of the status ({@code Not Found}; {@code Unknown Status Code} for a code without one), like Django's
     * {@code reason_phrase}.
     */
    public String reasonPhrase() {
        return reasonPhrase != null ? reasonPhrase : ReasonPhrases.of(status);
    }

    /**
     * Send {@code phrase} as the reason phrase instead of the standard one (null: back to the standard one). Only
     * HTTP/1.x status lines carry it: HTTP/2 has none, and some servers send their own.
     *
     * @throws IllegalArgumentException when {@code phrase} has a character other than tab, space and visible ASCII
     *     (CR or LF would split the response)
     */
    public Response reasonPhrase(String phrase) {
        this.reasonPhrase = phrase == null ? null : ReasonPhrases.check(phrase);
        return this;
    }

    /** The header fields, to read or change. Values added directly here are checked when the response is sent. */
    public Headers headers() {
        headersExposed = true;
        return headers;
    }

    /**
     * The header fields as they are to be sent, checked: fields set through {@link #header(String, String)} and
     * {@link #addHeader} were checked then; once {@link #headers()} has handed the fields out, all are checked here.
     *
     * @throws IllegalArgumentException when a name is not a token or a value contains CR, LF or NUL
     */
    public Headers checkedHeaders() {
        if (headersExposed) {
            for (int i = 0, n = headers.size(); i < n; i++) {
                HeaderChecks.check(headers.name(i), headers.value(i));
            }
        }
        return headers;
    }

    /** The first value of header {@code name}, or null. */
    public String header(String name) {
        return headers.get(name);
    }

    /**
     * Set header {@code name} to {@code value}, replacing any earlier value.
     *
     * @throws IllegalArgumentException when the name is not a token or the value contains CR, LF or NUL
     */
    public Response header(String name, String value) {
        HeaderChecks.check(name, value);
        headers.set(name, value);
        return this;
    }

    /** Add a field named {@code name}, keeping earlier ones (for example a second {@code Set-Cookie}). */
    public Response addHeader(String name, String value) {
        HeaderChecks.check(name, value);
        headers.add(name, value);
        return this;
    }

    /**
     * Add {@code fields} to {@code Vary}, merged into one field, skipping names already listed
     * (case-insensitively), like Django's {@code patch_vary_headers}; nothing changes when {@code Vary: *}.
     */
    public Response patchVary(String... fields) {
        java.util.List<String> names = new java.util.ArrayList<>();
        for (String field : headers.getAll("Vary")) {
            for (String name : field.split(",")) {
                String stripped = name.strip();
                if (stripped.equals("*")) {
                    return this;
                }
                if (!stripped.isEmpty()) {
                    names.add(stripped);
                }
            }
        }
        int before = names.size();
        for (String field : fields) {
            if (names.stream().noneMatch(field::equalsIgnoreCase)) {
                names.add(field);
            }
        }
        if (names.size() != before) {
            header("Vary", String.join(", ", names));
        }
        return this;
    }

    /**
     * Set a cookie, replacing one of the same name set earlier on this response; sent as a
     * {@code Set-Cookie} field when the response goes out.
     */
    public Response setCookie(Cookie cookie) {
        if (cookies == null) {
            cookies = new java.util.LinkedHashMap<>();
        }
        cookies.put(cookie.name(), cookie);
        return this;
    }

    /** Set a cookie whose value is signed with {@code salt} and the secret key, for {@code request.signedCookie}. */
    public Response setSignedCookie(Request request, Cookie cookie, String salt) {
        return setCookie(request.signedCookies().sign(cookie, salt));
    }

    /** Tell the client to delete cookie {@code name} (path {@code /}). */
    public Response deleteCookie(String name) {
        return setCookie(Cookie.delete(name, "/", null));
    }

    /** Tell the client to delete cookie {@code name} set with this path and domain. */
    public Response deleteCookie(String name, String path, String domain) {
        return setCookie(Cookie.delete(name, path, domain));
    }

    /** The cookies this response sets, by name. */
    public java.util.Map<String, Cookie> cookies() {
        return cookies == null ? java.util.Map.of() : java.util.Collections.unmodifiableMap(cookies);
    }

    /** The {@code Content-Type} header. */
    public String contentType() {
        return headers.get("Content-Type");
    }

    /** The body bytes; for a streamed response, an empty array. */
    public byte[] content() {
        return content;
    }

    /** Replace the body. */
    public Response content(byte[] content) {
        this.content = Objects.requireNonNull(content, "content");
        return this;
    }

    /** The body decoded as UTF-8. */
    public String text() {
        return new String(content(), StandardCharsets.UTF_8);
    }

    /** True when the body is produced while it is sent rather than held in memory. */
    public boolean isStreaming() {
        return false;
    }

    /**
     * Adjust this response to what {@code request} asked of it, just before it is sent: a
     * {@link FileResponse} answers a {@code Range}. Returns the response to send (usually this one).
     */
    public Response adaptTo(Request request) {
        return this;
    }

    /** The body as the gateway sends it; subclasses that stream override this. */
    public Body body() {
        return Body.of(content);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[status=" + status + ", " + contentType() + "]";
    }
}
