package dev.jango.server.netty;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.US_ASCII;

import dev.jango.gateway.Headers;
import io.netty.buffer.ByteBuf;

/**
 * A strict HTTP/1.1 request-head parser (RFC 9112), stricter than Netty's codec on purpose: what it refuses never
 * reaches the application, and anything that could frame a message two ways is refused.
 *
 * <p>{@link #scan} finds the end of a head as bytes arrive and refuses early what no head may contain: a bare CR
 * or LF, NUL and other control characters, a head past the limit (414 while still on the request line, else
 * 431). {@link #parse} then checks the request line (a token method, one space, an ASCII target in origin,
 * absolute or asterisk form, one space, HTTP/1.1 or HTTP/1.0: 400 otherwise, never 505) and each field (a token
 * name right before the colon, no obs-fold) and the framing fields: one Content-Length of digits only, or
 * Transfer-Encoding of exactly {@code chunked} on HTTP/1.1, never both; exactly one well-formed Host on HTTP/1.1;
 * Expect only {@code 100-continue} (417 otherwise). CONNECT is refused: the gateway has no place for its target.
 */
final class HeadParser {

    static final String HTTP_1_1 = "HTTP/1.1";
    static final String HTTP_1_0 = "HTTP/1.0";
    /** Returned by {@link #scan} when the head is not complete yet. */
    static final int NEED_MORE = -1;

    private static final boolean[] TCHAR = new boolean[256];
    private static final boolean[] AUTHORITY = new boolean[256];

    static {
        for (int c = 0; c < 128; c++) {
            boolean alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            TCHAR[c] = alnum || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
            AUTHORITY[c] = alnum || "-._~!$&'()*+,;=:[]%".indexOf(c) >= 0;
        }
    }

    private HeadParser() {}

    /**
     * The index just past the CRLFCRLF ending the head that starts at {@code start}, scanning on from {@code from};
     * {@link #NEED_MORE} when it has not all arrived.
     */
    static int scan(ByteBuf buf, int start, int from, int limit) throws RequestRefused {
        int end = buf.writerIndex();
        int stop = Math.min(end, start + limit);
        for (int i = Math.max(start, from); i < stop; i++) {
            byte b = buf.getByte(i);
            if (b == '\n') {
                if (i == start || buf.getByte(i - 1) != '\r') {
                    throw RequestRefused.badRequest("bare LF in the request head");
                }
                if (i - start >= 3 && buf.getByte(i - 2) == '\n') {
                    return i + 1;
                }
            } else if (b == '\r') {
                if (i + 1 < end && buf.getByte(i + 1) != '\n') {
                    throw RequestRefused.badRequest("bare CR in the request head");
                }
            } else if ((b >= 0 && b < 0x20 && b != '\t') || b == 0x7f) {
                throw RequestRefused.badRequest("control character in the request head");
            }
        }
        if (end - start >= limit) {
            boolean onRequestLine = buf.indexOf(start, start + limit, (byte) '\n') < 0;
            throw onRequestLine ? new RequestRefused(414, "request line longer than " + limit + " bytes")
                    : new RequestRefused(431, "request head larger than " + limit + " bytes");
        }
        return NEED_MORE;
    }

    /** Parse the complete head in {@code [start, end)} as found by {@link #scan}. */
    static RequestHead parse(ByteBuf buf, int start, int end) throws RequestRefused {
        int lineEnd = buf.indexOf(start, end, (byte) '\n') - 1; // the CR
        RequestHead head = new RequestHead(new Headers(12));
        requestLine(buf, start, lineEnd, head);
        Framing framing = new Framing();
        for (int line = lineEnd + 2; line < end - 2; line = lineEnd + 2) {
            lineEnd = buf.indexOf(line, end, (byte) '\n') - 1;
            field(buf, line, lineEnd, head, framing);
        }
        framing.apply(head);
        return head;
    }

    private static void requestLine(ByteBuf buf, int start, int end, RequestHead head) throws RequestRefused {
        int sp1 = buf.indexOf(start, end, (byte) ' ');
        if (sp1 <= start) {
            throw RequestRefused.badRequest("malformed request line");
        }
        for (int i = start; i < sp1; i++) {
            if (!TCHAR[buf.getByte(i) & 0xff]) {
                throw RequestRefused.badRequest("method is not a token");
            }
        }
        int sp2 = buf.indexOf(sp1 + 1, end, (byte) ' ');
        if (sp2 < 0 || sp2 == sp1 + 1) {
            throw RequestRefused.badRequest("malformed request line");
        }
        int query = -1;
        for (int i = sp1 + 1; i < sp2; i++) {
            int c = buf.getByte(i) & 0xff;
            if (c <= 0x20 || c >= 0x7f || c == '#') {
                throw RequestRefused.badRequest("request target has a byte that is not allowed there");
            }
            if (c == '?' && query < 0) {
                query = i;
            }
        }
        head.protocol = version(buf, sp2 + 1, end);
        head.method = method(buf, start, sp1);
        if (head.method.equals("CONNECT")) {
            throw RequestRefused.badRequest("CONNECT is for proxies");
        }
        int pathEnd = query < 0 ? sp2 : query;
        head.rawQuery = query < 0 ? "" : buf.toString(query + 1, sp2 - query - 1, US_ASCII);
        head.target = buf.toString(sp1 + 1, sp2 - sp1 - 1, US_ASCII);
        byte first = buf.getByte(sp1 + 1);
        if (first == '/') {
            head.rawPath = buf.toString(sp1 + 1, pathEnd - sp1 - 1, US_ASCII);
        } else if (first == '*' && pathEnd == sp1 + 2 && query < 0 && head.method.equals("OPTIONS")) {
            head.rawPath = "*";
        } else {
            absoluteForm(buf.toString(sp1 + 1, pathEnd - sp1 - 1, US_ASCII), head);
        }
    }

    /** {@code http://authority/path}: the path is routed, and the authority replaces Host (RFC 9112 3.2.2). */
    private static void absoluteForm(String target, RequestHead head) throws RequestRefused {
        int colon = target.indexOf("://");
        String scheme = colon < 0 ? "" : target.substring(0, colon);
        if (!scheme.equalsIgnoreCase("http") && !scheme.equalsIgnoreCase("https")) {
            throw RequestRefused.badRequest("request target is neither a path nor an http(s) URI");
        }
        int slash = target.indexOf('/', colon + 3);
        String authority = target.substring(colon + 3, slash < 0 ? target.length() : slash);
        if (authority.isEmpty() || !isAuthority(authority) || authority.indexOf('@') >= 0) {
            throw RequestRefused.badRequest("request target has a malformed authority");
        }
        head.rawPath = slash < 0 ? "/" : target.substring(slash);
        head.authority = authority; // replaces Host in Framing.apply
    }

    private static String version(ByteBuf buf, int from, int to) throws RequestRefused {
        if (to - from == 8 && buf.getByte(from) == 'H' && buf.getByte(from + 1) == 'T' && buf.getByte(from + 2) == 'T'
                && buf.getByte(from + 3) == 'P' && buf.getByte(from + 4) == '/' && buf.getByte(from + 5) == '1'
                && buf.getByte(from + 6) == '.') {
            byte minor = buf.getByte(from + 7);
            if (minor == '1') {
                return HTTP_1_1;
            }
            if (minor == '0') {
                return HTTP_1_0;
            }
        }
        throw RequestRefused.badRequest("HTTP version is not HTTP/1.1 or HTTP/1.0");
    }

    private static String method(ByteBuf buf, int from, int to) {
        int length = to - from;
        byte first = buf.getByte(from);
        if (length == 3 && first == 'G' && buf.getByte(from + 1) == 'E' && buf.getByte(from + 2) == 'T') {
            return "GET";
        }
        if (length == 4 && first == 'P' && buf.getByte(from + 1) == 'O' && buf.getByte(from + 2) == 'S'
                && buf.getByte(from + 3) == 'T') {
            return "POST";
        }
        if (length == 4 && first == 'H' && buf.getByte(from + 1) == 'E' && buf.getByte(from + 2) == 'A'
                && buf.getByte(from + 3) == 'D') {
            return "HEAD";
        }
        return buf.toString(from, length, US_ASCII);
    }

    private static void field(ByteBuf buf, int start, int end, RequestHead head, Framing framing)
            throws RequestRefused {
        byte first = buf.getByte(start);
        if (first == ' ' || first == '\t') {
            throw RequestRefused.badRequest("header line starts with whitespace (obsolete line folding)");
        }
        int colon = buf.indexOf(start, end, (byte) ':');
        if (colon < 0) {
            throw RequestRefused.badRequest("header line without a colon");
        }
        if (colon == start) {
            throw RequestRefused.badRequest("empty header name");
        }
        for (int i = start; i < colon; i++) {
            if (!TCHAR[buf.getByte(i) & 0xff]) {
                throw RequestRefused.badRequest("header name is not a token");
            }
        }
        int from = colon + 1;
        int to = end;
        while (from < to && isWhitespace(buf.getByte(from))) {
            from++;
        }
        while (to > from && isWhitespace(buf.getByte(to - 1))) {
            to--;
        }
        String name = HeaderNames.name(buf, start, colon - start);
        String value = from == to ? "" : buf.toString(from, to - from, ISO_8859_1);
        head.headers.add(name, value);
        framing.note(name, value);
    }

    private static boolean isWhitespace(byte b) {
        return b == ' ' || b == '\t';
    }

    static boolean isAuthority(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0xff || !AUTHORITY[c]) {
                return false;
            }
        }
        return true;
    }

    static boolean isToken(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0xff || !TCHAR[c]) {
                return false;
            }
        }
        return true;
    }
}
