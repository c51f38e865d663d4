package dev.jango.middleware;

import dev.jango.gateway.Body;
import dev.jango.gateway.BodyWriter;
import dev.jango.http.AcceptEncoding;
import dev.jango.http.FileResponse;
import dev.jango.http.Request;
import dev.jango.http.Response;
import dev.jango.http.StreamingResponse;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Compresses responses with gzip for clients that accept it, like Django's {@code GZipMiddleware}.
 *
 * <p>A response is left alone when it is 1xx, 204, 206 or 304, already has a {@code Content-Encoding}, is a
 * {@link FileResponse} (whose ranges are answered after the middleware runs, on the uncompressed file), or
 * holds fewer than 200 bytes in memory. Any other response gets {@code Vary: Accept-Encoding}, merged into
 * an existing {@code Vary}, whether or not this client accepts gzip. It is then compressed when the request's
 * {@code Accept-Encoding} gives {@code gzip} (or, without it, {@code *}) a q-value above zero: an in-memory
 * body is replaced, with its {@code Content-Length}, only when compression makes it shorter; a streamed body
 * ({@link StreamingResponse}, {@code EventStream}) is compressed as it is written, each flush reaching the
 * client as a gzip sync flush, and loses its {@code Content-Length}. A compressed response gets
 * {@code Content-Encoding: gzip} and a strong {@code ETag} becomes weak.
 *
 * <p>A compressed stream is sent as a new {@link StreamingResponse} with the same status, headers and
 * cookies, so outer layers no longer see the original response's class. Against BREACH, as Django does, the
 * gzip header carries a file name of a random number of bytes (0 to {@code maxRandomBytes}), so the length
 * of a compressed secret varies between responses.
 */
public final class GZipMiddleware implements Middleware {

    /** Bodies held in memory shorter than this are not worth compressing. */
    public static final int MIN_LENGTH = 200;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final int maxRandomBytes;

    /** Compress with Django's BREACH mitigation: up to 100 bytes of random-length padding. */
    public GZipMiddleware() {
        this(100);
    }

    /**
     * Compress with up to {@code maxRandomBytes} bytes of random-length padding in the gzip header; 0 turns
     * the padding off.
     *
     * @throws IllegalArgumentException when {@code maxRandomBytes} is negative
     */
    public GZipMiddleware(int maxRandomBytes) {
        if (maxRandomBytes < 0) {
            throw new IllegalArgumentException("maxRandomBytes must be >= 0, was " + maxRandomBytes);
        }
        this.maxRandomBytes = maxRandomBytes;
    }

    @Override
    public Handler wrap(Handler next) {
        return request -> compress(request, next.handle(request));
    }

    private Response compress(Request request, Response response) {
        int status = response.status();
        if (status < 200 || status == 204 || status == 206 || status == 304
                || response.header("Content-Encoding") != null || response instanceof FileResponse) {
            return response;
        }
        Body.Stream stream = null;
        if (response.isStreaming()) {
            if (!(response.body() instanceof Body.Stream s)) {
                return response;
            }
            stream = s;
        } else if (response.content().length < MIN_LENGTH) {
            return response;
        }
        addVary(response);
        if (!acceptsGzip(request.headers().getAll("Accept-Encoding"))) {
            return response;
        }
        Response compressed;
        if (stream == null) {
            byte[] content = response.content();
            byte[] gzipped = gzip(content);
            if (gzipped.length >= content.length) {
                return response;
            }
            compressed = response.content(gzipped).header("Content-Length", Integer.toString(gzipped.length));
        } else {
            compressed = streamed(response, gzipWriter(stream.writer()));
        }
        String etag = compressed.header("ETag");
        if (etag != null && etag.startsWith("\"")) {
            compressed.header("ETag", "W/" + etag);
        }
        return compressed.header("Content-Encoding", "gzip");
    }

    /** True when the {@code Accept-Encoding} fields accept gzip (or x-gzip). */
    static boolean acceptsGzip(List<String> fields) {
        return AcceptEncoding.accepts(fields, "gzip");
    }

    /** Add {@code Accept-Encoding} to {@code Vary} in one field, unless it is there already or {@code *}. */
    private static void addVary(Response response) {
        List<String> names = new ArrayList<>();
        for (String field : response.headers().getAll("Vary")) {
            for (String name : field.split(",")) {
                String stripped = name.strip();
                if (stripped.equals("*") || stripped.equalsIgnoreCase("Accept-Encoding")) {
                    return;
                }
                if (!stripped.isEmpty()) {
                    names.add(stripped);
                }
            }
        }
        names.add("Accept-Encoding");
        response.header("Vary", String.join(", ", names));
    }

    private byte[] gzip(byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(content.length / 2 + 64);
        try (GZIPOutputStream out = new GZIPOutputStream(new GzipHeader(bytes, padding()))) {
            out.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException("Compressing in memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    private BodyWriter gzipWriter(BodyWriter writer) {
        return out -> {
            GzipHeader target = new GzipHeader(out, padding());
            GZIPOutputStream gzip = new GZIPOutputStream(target, 8192, true);
            boolean written = false;
            try {
                writer.writeTo(gzip);
                written = true;
            } finally {
                if (!written) {
                    target.discard(); // a failed body must not end in a valid gzip trailer
                }
                gzip.close(); // writes the trailer (unless discarded) and frees the deflater; never closes out
            }
        };
    }

    /** A {@link StreamingResponse} of {@code writer} with the status, headers and cookies of {@code original}. */
    private static Response streamed(Response original, BodyWriter writer) {
        StreamingResponse response = new StreamingResponse(writer, original.contentType());
        response.status(original.status());
        response.headers().remove("Content-Type");
        original.headers().forEach(response.headers()::add);
        response.headers().remove("Content-Length");
        original.cookies().values().forEach(response::setCookie);
        return response;
    }

    private int padding() {
        return maxRandomBytes == 0 ? -1 : RANDOM.nextInt(maxRandomBytes + 1);
    }

    /**
     * Passes bytes to the client, adding a file name of {@code padding} bytes ({@code FNAME}) to the 10-byte
     * gzip header written first; never closes the client's stream.
     */
    private static final class GzipHeader extends FilterOutputStream {
        private static final int HEADER = 10;
        private static final int FNAME = 0x08;

        private final int padding;
        private int seen;
        private boolean discarded;

        GzipHeader(OutputStream out, int padding) {
            super(out);
            this.padding = padding;
        }

        void discard() {
            discarded = true;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (discarded) {
                return;
            }
            if (padding < 0 || seen >= HEADER) {
                out.write(bytes, offset, length);
                return;
            }
            for (int i = 0; i < length && seen < HEADER; i++) {
                int b = bytes[offset + i] & 0xff;
                out.write(seen == 3 ? b | FNAME : b);
                seen++;
                if (seen == HEADER) {
                    out.write(name(padding));
                    out.write(bytes, offset + i + 1, length - i - 1);
                    return;
                }
            }
        }

        private static byte[] name(int length) {
            byte[] name = new byte[length + 1];
            Arrays.fill(name, 0, length, (byte) 'a');
            return name; // ends with the NUL the format requires
        }

        @Override
        public void flush() throws IOException {
            if (!discarded) {
                out.flush();
            }
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
