package dev.jango.server.netty;

import dev.jango.gateway.Headers;

/**
 * A parsed HTTP/1.x request head that passed every check of {@link HeadParser}: what the connection needs to
 * frame the body and answer, and what the application is shown.
 */
final class RequestHead {
    String method;
    String rawPath;
    String rawQuery;
    /** "HTTP/1.1" or "HTTP/1.0". */
    String protocol;
    /** The authority of an absolute-form target, which replaces Host; null for origin form. */
    String authority;
    /** The request target as sent, for an h2c upgrade. */
    String target;
    final Headers headers;
    /** The declared Content-Length, or -1 when none. */
    long contentLength = -1;
    boolean chunked;
    boolean keepAlive;
    boolean expectContinue;
    /** Connection: upgrade with Upgrade: h2c and one HTTP2-Settings field. */
    boolean h2cUpgrade;

    RequestHead(Headers headers) {
        this.headers = headers;
    }

    boolean http11() {
        return protocol == HeadParser.HTTP_1_1;
    }

    boolean hasBody() {
        return chunked || contentLength > 0;
    }
}
