package dev.jango.test;

import dev.jango.template.RenderedTemplate;
import dev.jango.gateway.Headers;
import dev.jango.http.Json;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;

/**
 * A response as the {@link Client} received it: status, header fields and the whole body, plus the
 * redirects followed to get here.
 */
public final class ClientResponse {

    /** One redirect that was followed: the response's status and where it pointed. */
    public record Redirect(int status, String location) {}

    private final String method;
    private final String path;
    private final int status;
    private final String reasonPhrase;
    private final Headers headers;
    private final byte[] content;
    private final List<Redirect> redirectChain;
    private final List<RenderedTemplate> templates;

    ClientResponse(String method, String path, int status, String reasonPhrase, Headers headers, byte[] content,
                   List<Redirect> redirectChain, List<RenderedTemplate> templates) {
        this.method = method;
        this.path = path;
        this.status = status;
        this.reasonPhrase = reasonPhrase;
        this.headers = headers;
        this.content = content;
        this.redirectChain = List.copyOf(redirectChain);
        this.templates = List.copyOf(templates);
    }

    /** The templates rendered to make this response, in order, each with the context the view gave it. */
    public List<RenderedTemplate> templates() {
        return templates;
    }

    /** The names of the templates rendered, in order (Django's {@code assertTemplateUsed} reads these). */
    public List<String> templateNames() {
        return templates.stream().map(RenderedTemplate::name).toList();
    }

    /**
     * The context the view gave its templates, merged (the first template rendered wins a name clash); empty
     * when no template was rendered.
     */
    public java.util.Map<String, Object> context() {
        java.util.Map<String, Object> merged = new java.util.LinkedHashMap<>();
        for (RenderedTemplate template : templates) {
            template.context().forEach(merged::putIfAbsent);
        }
        return java.util.Collections.unmodifiableMap(merged);
    }

    /** The status code. */
    public int status() {
        return status;
    }

    /**
     * The reason phrase an HTTP/1.x status line would carry: the response's own ({@code Response.reasonPhrase}),
     * else the standard one for the status ({@code dev.jango.gateway.ReasonPhrases}).
     */
    public String reasonPhrase() {
        return reasonPhrase;
    }

    /** Every header field, in order. */
    public Headers headers() {
        return headers;
    }

    /** The first value of header {@code name}, or null. */
    public String header(String name) {
        return headers.get(name);
    }

    /** The body bytes (empty for HEAD, 204 and 304). */
    public byte[] content() {
        return content;
    }

    /** The body decoded as UTF-8. */
    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }

    /**
     * The body parsed as JSON, as a tree to walk: {@code json().get("title").asString()}.
     *
     * <p>The one Jango API that returns a Jackson type ({@code tools.jackson.databind.JsonNode}, Jackson 3): a test
     * asserting on a few fields of a document needs a tree, and Jackson's is the one on the class path.
     * {@link #json(Class)} reads into your own record instead.
     *
     * @throws AssertionError when the body is not JSON, quoting the start of the body
     */
    public JsonNode json() {
        JsonNode tree = json(JsonNode.class);
        return tree == null ? NullNode.getInstance() : tree; // the body "null"
    }

    /**
     * The body parsed as JSON into {@code type}, for example a record, as {@code request.json(type)} reads a body
     * (see {@link Json}: java.time from ISO-8601 strings, unknown properties refused).
     *
     * @throws AssertionError when the body is not JSON of that shape, quoting the start of the body
     */
    public <T> T json(Class<T> type) {
        try {
            return Json.read(text(), type);
        } catch (IllegalArgumentException e) {
            throw notJson(e);
        }
    }

    /** The redirects followed before this response, oldest first; empty when none. */
    public List<Redirect> redirectChain() {
        return redirectChain;
    }

    /** The method and path of the request this response answers (the last one, after redirects). */
    public String requestLine() {
        return method + " " + path;
    }

    private AssertionError notJson(Exception e) {
        String start = text();
        return new AssertionError("Response to " + requestLine() + " is not the JSON expected ("
                + e.getMessage() + "); body starts: " + start.substring(0, Math.min(200, start.length())), e);
    }

    @Override
    public String toString() {
        return "ClientResponse[" + requestLine() + " -> " + status + ", " + headers.get("Content-Type") + "]";
    }
}
