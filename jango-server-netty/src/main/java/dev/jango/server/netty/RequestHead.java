package dev.jango.server.netty;

import dev.jango.gateway.Headers;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import java.util.Iterator;
import java.util.Map;

/** What a decoded, validated HTTP/1 request head gives the gateway: its target's parts and its fields. */
final class RequestHead {

    private RequestHead() {}

    /**
     * A request target split up: the raw path, the raw query ({@code ""} when none) and, for an absolute-form
     * target, its authority (which takes the place of Host), else null.
     */
    record Target(String rawPath, String query, String authority) {}

    /** The parts of {@code target}, which the {@link RequestValidator} has accepted. */
    static Target target(String target) {
        int question = target.indexOf('?');
        String rawPath = question < 0 ? target : target.substring(0, question);
        String query = question < 0 ? "" : target.substring(question + 1);
        if (rawPath.charAt(0) == '/' || rawPath.equals("*")) {
            return new Target(rawPath, query, null);
        }
        String authority = RequestValidator.authority(rawPath);
        int slash = rawPath.indexOf('/', rawPath.indexOf("://") + 3);
        return new Target(slash < 0 ? "/" : rawPath.substring(slash), query, authority);
    }

    /** The request's fields as sent, {@code authority} (when not null) in place of Host. */
    static Headers headers(HttpRequest request, String authority) {
        Headers headers = new Headers(request.headers().size() + 1);
        Iterator<Map.Entry<CharSequence, CharSequence>> fields = request.headers().iteratorCharSequence();
        boolean hostSeen = false;
        while (fields.hasNext()) {
            Map.Entry<CharSequence, CharSequence> field = fields.next();
            String name = field.getKey().toString();
            if (authority != null && HttpHeaderNames.HOST.contentEqualsIgnoreCase(name)) {
                hostSeen = true;
                headers.add(name, authority);
            } else {
                headers.add(name, field.getValue().toString());
            }
        }
        if (authority != null && !hostSeen) {
            headers.add("Host", authority);
        }
        return headers;
    }
}
