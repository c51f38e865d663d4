package dev.jango.server.netty;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.US_ASCII;

import dev.jango.gateway.Headers;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import io.netty.handler.codec.DateFormatter;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.Date;

/**
 * HTTP/1.x response heads written straight into a pooled buffer: status lines made at start-up, a Date field
 * made once a second, the application's fields checked for CR, LF and NUL as they are copied.
 */
final class Http1Heads {

    private static final byte[] HTTP_1_1 = "HTTP/1.1 ".getBytes(US_ASCII);
    private static final byte[] HTTP_1_0 = "HTTP/1.0 ".getBytes(US_ASCII);
    private static final byte[][] STATUS_LINES = new byte[600][];
    private static final byte[] CONTENT_LENGTH = "Content-Length: ".getBytes(US_ASCII);
    private static final byte[] CHUNKED = "Transfer-Encoding: chunked\r\n".getBytes(US_ASCII);
    private static final byte[] CLOSE = "Connection: close\r\n".getBytes(US_ASCII);
    private static final byte[] KEEP_ALIVE = "Connection: keep-alive\r\n".getBytes(US_ASCII);
    private static final short CRLF = ('\r' << 8) | '\n';
    private static final short COLON_SPACE = (':' << 8) | ' ';
    private static volatile DateLine date = new DateLine(0, new byte[0]);

    static {
        for (int status = 100; status < STATUS_LINES.length; status++) {
            STATUS_LINES[status] = (status + " " + HttpResponseStatus.valueOf(status).reasonPhrase() + "\r\n")
                    .getBytes(US_ASCII);
        }
    }

    private record DateLine(long second, byte[] line) {}

    private Http1Heads() {}

    /**
     * Write the head of a response into {@code buf}: status line, the application's fields (minus any
     * Transfer-Encoding, which the server decides), Date, Content-Length when {@code length >= 0} and the
     * application gave none, chunked coding when asked, and Connection as {@code close} requires. Returns whether
     * the connection closes after this response (asked by the server, or by the application's Connection field).
     *
     * @throws IllegalArgumentException when a field name is not a token or a value holds CR, LF or NUL
     */
    static boolean write(ByteBuf buf, boolean http11, int status, Headers headers, long length, boolean chunked,
            boolean close) {
        buf.writeBytes(http11 ? HTTP_1_1 : HTTP_1_0);
        buf.writeBytes(statusLine(status));
        boolean hasDate = false;
        boolean hasLength = false;
        boolean hasConnection = false;
        boolean closing = close;
        for (int i = 0, n = headers.size(); i < n; i++) {
            String name = headers.name(i);
            String value = headers.value(i);
            check(name, value);
            switch (name.length()) {
                case 4 -> hasDate |= name.equalsIgnoreCase("Date");
                case 10 -> {
                    if (name.equalsIgnoreCase("Connection")) {
                        hasConnection = true;
                        closing |= value.regionMatches(true, 0, "close", 0, 5);
                    }
                }
                case 14 -> hasLength |= name.equalsIgnoreCase("Content-Length");
                case 17 -> {
                    if (name.equalsIgnoreCase("Transfer-Encoding")) {
                        continue;
                    }
                }
                default -> { }
            }
            ByteBufUtil.writeAscii(buf, name);
            buf.writeShort(COLON_SPACE);
            buf.writeCharSequence(value, ISO_8859_1);
            buf.writeShort(CRLF);
        }
        if (!hasDate) {
            buf.writeBytes(dateLine());
        }
        if (length >= 0 && !hasLength) {
            buf.writeBytes(CONTENT_LENGTH);
            writeDecimal(buf, length);
            buf.writeShort(CRLF);
        }
        if (chunked) {
            buf.writeBytes(CHUNKED);
        }
        if (!hasConnection) {
            if (closing && http11) {
                buf.writeBytes(CLOSE);
            } else if (!closing && !http11) {
                buf.writeBytes(KEEP_ALIVE);
            }
        }
        buf.writeShort(CRLF);
        return closing;
    }

    /** A whole response the server makes itself (a refusal): short text, and the connection closes after it. */
    static ByteBuf refusal(ByteBufAllocator alloc, int status) {
        byte[] text = (status + " " + HttpResponseStatus.valueOf(status).reasonPhrase() + "\n").getBytes(US_ASCII);
        ByteBuf buf = alloc.buffer(160 + text.length);
        write(buf, true, status, Headers.of("Content-Type", "text/plain; charset=utf-8"), text.length, false, true);
        return buf.writeBytes(text);
    }

    private static byte[] statusLine(int status) {
        if (status < 100 || status >= STATUS_LINES.length) {
            throw new IllegalArgumentException("status " + status + " is not 100-599");
        }
        return STATUS_LINES[status];
    }

    private static byte[] dateLine() {
        long now = System.currentTimeMillis();
        DateLine line = date;
        if (line.second != now / 1000) {
            line = new DateLine(now / 1000, ("Date: " + DateFormatter.format(new Date(now)) + "\r\n").getBytes(US_ASCII));
            date = line;
        }
        return line.line;
    }

    /** The current Date value, for HTTP/2. */
    static String dateValue() {
        byte[] line = dateLine();
        return new String(line, 6, line.length - 8, US_ASCII);
    }

    private static void writeDecimal(ByteBuf buf, long value) {
        if (value < 10) {
            buf.writeByte('0' + (int) value);
            return;
        }
        buf.writeCharSequence(Long.toString(value), US_ASCII);
    }

    private static void check(String name, String value) {
        if (!HeadParser.isToken(name)) {
            throw new IllegalArgumentException("response header name '" + name + "' is not a token");
        }
        for (int i = 0, n = value.length(); i < n; i++) {
            char c = value.charAt(i);
            if (c == '\r' || c == '\n' || c == 0) {
                throw new IllegalArgumentException("value of response header " + name + " holds CR, LF or NUL");
            }
        }
    }
}
