package dev.jango.server.netty;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import dev.jango.gateway.Headers;
import dev.jango.gateway.ReasonPhrases;
import dev.jango.server.support.ResponseFields;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * A whole HTTP/1.x response (head and body known at once) as the bytes that go on the wire, made on the request's
 * thread in one array: the status line (made at start-up), the application's fields as given (minus any
 * Transfer-Encoding: the server frames the body), Date, Content-Length, Connection as needed, the blank line and
 * the body. It takes the place of Netty's response encoder for the responses most requests get; streamed and file
 * responses still go through that encoder.
 *
 * <p>A field name that is not an RFC 9110 token, or a value with a control character other than HTAB (CR, LF and
 * NUL among them), DEL, or leading white space, fails with {@link IllegalArgumentException} before anything is
 * written ({@link ResponseFields}, the rule the Jetty adapter applies too; checked here as the bytes are copied): the
 * same fields Netty's validating headers refuse. Characters past U+00FF are sent as {@code ?}, as Netty
 * sends them.
 */
final class WholeResponse {

    /** Bodies up to this size are copied behind the head, so the response is one buffer (one write). */
    private static final int COPY_LIMIT = 16 * 1024;
    private static final byte[][] STATUS_11 = statusLines("HTTP/1.1 ");
    private static final byte[][] STATUS_10 = statusLines("HTTP/1.0 ");
    private static final byte[] CONTENT_LENGTH = "content-length: ".getBytes(ISO_8859_1);
    private static final byte[] CLOSE = "connection: close\r\n".getBytes(ISO_8859_1);
    private static final byte[] KEEP_ALIVE = "connection: keep-alive\r\n".getBytes(ISO_8859_1);

    /** What goes on the wire. */
    final ByteBuf bytes;
    /** True when the connection closes after this response (the server asked, or the application's Connection). */
    final boolean close;

    private WholeResponse(ByteBuf bytes, boolean close) {
        this.bytes = bytes;
        this.close = close;
    }

    private static byte[][] statusLines(String version) {
        byte[][] lines = new byte[600][];
        for (int code = 100; code < lines.length; code++) {
            lines[code] = statusLine(version, code, ReasonPhrases.of(code));
        }
        return lines;
    }

    private static byte[] statusLine(String version, int code, String reason) {
        return (version + code + " " + reason + "\r\n").getBytes(ISO_8859_1);
    }

    /**
     * The response {@code status} with the reason phrase {@code reason} (checked by the gateway), {@code headers} and the body {@code body[offset, offset + size)}; a
     * {@code bodiless} response (HEAD, 1xx, 204, 304) sends no body and gets no Content-Length from the server.
     * {@code close} asks for the connection to be closed afterwards.
     *
     * @throws IllegalArgumentException for a status outside 100-599 or a field Netty would refuse (see the class
     *     comment); nothing is made then
     */
    static WholeResponse encode(boolean http11, int status, String reason, Headers headers, byte[] body, int offset,
            int size, boolean bodiless, boolean close) {
        if (status < 100 || status >= STATUS_11.length) {
            throw new IllegalArgumentException("status " + status + " is not 100-599");
        }
        byte[] statusLine = reason.equals(ReasonPhrases.of(status)) ? (http11 ? STATUS_11 : STATUS_10)[status]
                : statusLine(http11 ? "HTTP/1.1 " : "HTTP/1.0 ", status, reason);
        int seen = Responses.scan(headers);
        boolean hasDate = (seen & Responses.HAS_DATE) != 0;
        boolean hasLength = (seen & Responses.HAS_LENGTH) != 0;
        boolean hasConnection = (seen & Responses.HAS_CONNECTION) != 0;
        boolean closing = close || (seen & Responses.ASKS_CLOSE) != 0;
        int length = statusLine.length + 2;
        int n = headers.size();
        for (int i = 0; i < n; i++) {
            length += headers.name(i).length() + headers.value(i).length() + 4;
        }
        byte[] date = hasDate ? null : DateField.line();
        int digits = bodiless || hasLength ? 0 : digits(size);
        byte[] connection = hasConnection ? null : closing && http11 ? CLOSE : !closing && !http11 ? KEEP_ALIVE : null;
        length += (date == null ? 0 : date.length)
                + (digits == 0 ? 0 : CONTENT_LENGTH.length + digits + 2)
                + (connection == null ? 0 : connection.length);
        boolean copyBody = !bodiless && size <= COPY_LIMIT;
        byte[] out = new byte[length + (copyBody ? size : 0)];
        int at = put(statusLine, out, 0);
        for (int i = 0; i < n; i++) {
            String name = headers.name(i);
            if (name.length() == 17 && name.equalsIgnoreCase("Transfer-Encoding")) {
                continue;
            }
            at = field(name, headers.value(i), out, at);
        }
        if (date != null) {
            at = put(date, out, at);
        }
        if (digits != 0) {
            at = put(CONTENT_LENGTH, out, at);
            for (int i = at + digits - 1, left = size; i >= at; i--, left /= 10) {
                out[i] = (byte) ('0' + left % 10);
            }
            at += digits;
            out[at++] = '\r';
            out[at++] = '\n';
        }
        if (connection != null) {
            at = put(connection, out, at);
        }
        out[at++] = '\r';
        out[at++] = '\n';
        ByteBuf head;
        if (copyBody) {
            System.arraycopy(body, offset, out, at, size);
            head = Unpooled.wrappedBuffer(out, 0, at + size);
        } else {
            head = Unpooled.wrappedBuffer(out, 0, at);
        }
        if (bodiless || copyBody || size == 0) {
            return new WholeResponse(head, closing);
        }
        return new WholeResponse(Unpooled.wrappedBuffer(head, Unpooled.wrappedBuffer(body, offset, size)), closing);
    }

    private static int put(byte[] bytes, byte[] out, int at) {
        System.arraycopy(bytes, 0, out, at, bytes.length);
        return at + bytes.length;
    }

    private static int digits(int value) {
        int digits = 1;
        for (int left = value / 10; left > 0; left /= 10) {
            digits++;
        }
        return digits;
    }

    /** {@code name: value CRLF}, checked as it is copied. */
    @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int): the chars' low bytes, what we want
    private static int field(String name, String value, byte[] out, int at) {
        ResponseFields.checkName(name);
        int n = name.length();
        name.getBytes(0, n, out, at);
        at += n;
        out[at++] = ':';
        out[at++] = ' ';
        int m = value.length();
        boolean wide = false;
        for (int i = 0; i < m; i++) {
            char c = value.charAt(i);
            if ((char) (c - 0x21) >= 0x5E) { // outside VCHAR: SP, HTAB, obs-text and past, or refused
                if (ResponseFields.refused(c, i == 0)) {
                    throw ResponseFields.badValue(name);
                }
                wide |= c > 0xFF;
            }
        }
        if (wide) {
            for (int i = 0; i < m; i++) {
                char c = value.charAt(i);
                out[at + i] = c > 0xFF ? (byte) '?' : (byte) c;
            }
        } else {
            value.getBytes(0, m, out, at);
        }
        at += m;
        out[at++] = '\r';
        out[at++] = '\n';
        return at;
    }
}
