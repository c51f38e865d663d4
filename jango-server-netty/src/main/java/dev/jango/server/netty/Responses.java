package dev.jango.server.netty;

import static java.nio.charset.StandardCharsets.US_ASCII;

import dev.jango.gateway.Headers;
import dev.jango.gateway.ReasonPhrases;
import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpHeadersFactory;
import io.netty.handler.codec.http.EmptyHttpHeaders;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpHeadersFactory;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.AsciiString;

/**
 * What HTTP/1.x response heads are made of, for Netty's {@link io.netty.handler.codec.http.HttpResponseEncoder}:
 * the statuses (made at start-up, with the gateway's standard {@link ReasonPhrases}), the {@link DateField}, and the application's fields copied into
 * Netty's validating headers (a field name that is not a token, or a value with CR, LF or another control
 * character, fails the response).
 */
final class Responses {

    private static final HttpHeadersFactory HEADERS = DefaultHttpHeadersFactory.headersFactory();
    private static final HttpHeadersFactory TRUSTED = DefaultHttpHeadersFactory.headersFactory().withValidation(false);
    private static final HttpResponseStatus[] STATUSES = new HttpResponseStatus[600];
    /** The trailer fields of every full response: none. */
    static final HttpHeaders NO_TRAILERS = EmptyHttpHeaders.INSTANCE;
    private static final AsciiString TEXT = AsciiString.cached("text/plain; charset=utf-8");

    static {
        for (int status = 100; status < STATUSES.length; status++) {
            HttpResponseStatus netty = HttpResponseStatus.valueOf(status); // its head bytes are made already
            String reason = ReasonPhrases.of(status);
            STATUSES[status] = netty.reasonPhrase().equals(reason) ? netty : new HttpResponseStatus(status, reason);
        }
    }

    private Responses() {}

    /** The status for {@code code}, 100-599, with its standard reason phrase. */
    static HttpResponseStatus status(int code) {
        if (code < 100 || code >= STATUSES.length) {
            throw new IllegalArgumentException("status " + code + " is not 100-599");
        }
        return STATUSES[code];
    }

    /** The status for {@code code}, 100-599, with {@code reason} as its phrase (made only when not the standard one). */
    static HttpResponseStatus status(int code, String reason) {
        HttpResponseStatus standard = status(code);
        return reason.equals(standard.reasonPhrase()) ? standard : new HttpResponseStatus(code, reason);
    }

    /**
     * The head fields of a response: the application's (minus any Transfer-Encoding, which the server decides),
     * Date, a Content-Length when {@code length >= 0} and the application gave none, chunked coding when asked,
     * and Connection as {@code close} requires. Sets {@link Head#close} when the connection closes afterwards
     * (asked by the server, or by the application's Connection field).
     *
     * @throws IllegalArgumentException when a field name is not a token or a value holds CR, LF or NUL
     */
    static Head head(boolean http11, Headers headers, long length, boolean chunked, boolean close) {
        HttpHeaders fields = HEADERS.newHeaders();
        int seen = scan(headers);
        boolean hasDate = (seen & HAS_DATE) != 0;
        boolean hasLength = (seen & HAS_LENGTH) != 0;
        boolean hasConnection = (seen & HAS_CONNECTION) != 0;
        boolean closing = close || (seen & ASKS_CLOSE) != 0;
        for (int i = 0, n = headers.size(); i < n; i++) {
            String name = headers.name(i);
            String value = headers.value(i);
            if (name.length() == 17 && name.equalsIgnoreCase("Transfer-Encoding")) {
                continue;
            }
            fields.add(name, value);
        }
        if (!hasDate) {
            fields.add(HttpHeaderNames.DATE, DateField.text());
        }
        if (length >= 0 && !hasLength) {
            fields.add(HttpHeaderNames.CONTENT_LENGTH, length < Integer.MAX_VALUE ? Integer.toString((int) length)
                    : Long.toString(length));
        }
        if (chunked) {
            fields.add(HttpHeaderNames.TRANSFER_ENCODING, HttpHeaderValues.CHUNKED);
        }
        if (!hasConnection) {
            if (closing && http11) {
                fields.add(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
            } else if (!closing && !http11) {
                fields.add(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
            }
        }
        return new Head(fields, closing);
    }

    /** Bits of {@link #scan}: the application sent Date, Content-Length, Connection, a Connection asking to close. */
    static final int HAS_DATE = 1;
    static final int HAS_LENGTH = 2;
    static final int HAS_CONNECTION = 4;
    static final int ASKS_CLOSE = 8;

    /** Which of the fields the server adds or reads the application sent already, as {@link #HAS_DATE} etc. */
    static int scan(Headers headers) {
        int seen = 0;
        for (int i = 0, n = headers.size(); i < n; i++) {
            String name = headers.name(i);
            switch (name.length()) {
                case 4 -> seen |= name.equalsIgnoreCase("Date") ? HAS_DATE : 0;
                case 10 -> {
                    if (name.equalsIgnoreCase("Connection")) {
                        seen |= HAS_CONNECTION
                                | (headers.value(i).regionMatches(true, 0, "close", 0, 5) ? ASKS_CLOSE : 0);
                    }
                }
                case 14 -> seen |= name.equalsIgnoreCase("Content-Length") ? HAS_LENGTH : 0;
                default -> { }
            }
        }
        return seen;
    }

    /** Response head fields, and whether the connection closes after the response. */
    record Head(HttpHeaders fields, boolean close) {}

    /** A whole response the server makes itself (a refusal): short text, and the connection closes after it. */
    static FullHttpResponse refusal(ByteBufAllocator alloc, int status) {
        HttpResponseStatus code = status(status);
        byte[] text = (code.code() + " " + code.reasonPhrase() + "\n").getBytes(US_ASCII);
        HttpHeaders fields = TRUSTED.newHeaders()
                .add(HttpHeaderNames.CONTENT_TYPE, TEXT)
                .add(HttpHeaderNames.DATE, DateField.text())
                .add(HttpHeaderNames.CONTENT_LENGTH, Integer.toString(text.length))
                .add(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        return new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, code, alloc.buffer(text.length).writeBytes(text),
                fields, NO_TRAILERS);
    }
}
