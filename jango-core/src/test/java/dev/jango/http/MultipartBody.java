package dev.jango.http;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Builds {@code multipart/form-data} bodies byte by byte, the way browsers and curl send them. */
final class MultipartBody {

    static final String BOUNDARY = "----JangoFormBoundary7MA4YWxkTrZu0gW";

    private final String boundary;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private MultipartBody(String boundary) {
        this.boundary = boundary;
    }

    static MultipartBody create() {
        return new MultipartBody(BOUNDARY);
    }

    static MultipartBody withBoundary(String boundary) {
        return new MultipartBody(boundary);
    }

    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    /** Raw bytes, as they are: a preamble before the first part, or anything broken on purpose. */
    MultipartBody raw(String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    MultipartBody field(String name, String value) {
        return part("Content-Disposition: form-data; name=\"" + name + "\"", value.getBytes(StandardCharsets.UTF_8));
    }

    MultipartBody file(String name, String fileName, String contentType, byte[] content) {
        return part("Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: " + contentType, content);
    }

    /** A part with these header lines (CRLF-separated, without the blank line) and content. */
    MultipartBody part(String headers, byte[] content) {
        raw("--" + boundary + "\r\n" + headers + "\r\n\r\n");
        out.writeBytes(content);
        return raw("\r\n");
    }

    /** The body with its final boundary. */
    byte[] bytes() {
        return end().toByteArray();
    }

    /** The body without its final boundary. */
    byte[] unfinished() {
        return out.toByteArray();
    }

    private ByteArrayOutputStream end() {
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        copy.writeBytes(out.toByteArray());
        copy.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return copy;
    }

    /** A stream that hands out at most {@code chunk} bytes per read, as a slow network does. */
    static InputStream trickle(byte[] bytes, int chunk) {
        return new InputStream() {
            private int pos;

            @Override
            public int read() {
                return pos < bytes.length ? bytes[pos++] & 0xff : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (pos >= bytes.length) {
                    return -1;
                }
                int n = Math.min(Math.min(len, chunk), bytes.length - pos);
                System.arraycopy(bytes, pos, b, off, n);
                pos += n;
                return n;
            }
        };
    }
}
