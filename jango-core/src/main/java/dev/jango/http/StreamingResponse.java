package dev.jango.http;

import dev.jango.gateway.Body;
import dev.jango.gateway.BodyWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Objects;

/**
 * A response whose body is produced while it is sent, like Django's {@code StreamingHttpResponse}: chunked
 * (no {@code Content-Length}), each chunk flushed as it is produced.
 *
 * <p>From an iterator of chunks ({@code byte[]} or text, sent as UTF-8), or from a {@link BodyWriter}. When the
 * client goes away, the next write throws {@link IOException}: the iterator is not advanced further, and if it
 * is {@link AutoCloseable} it is closed, on success or failure, so producers release what they hold. The
 * content is not available as bytes; middleware that needs it must check {@link #isStreaming()}.
 */
public class StreamingResponse extends Response {

    private final BodyWriter writer;

    /** A 200 streaming response of the chunks {@code chunks} yields, with {@code contentType}. */
    public StreamingResponse(Iterator<?> chunks, String contentType) {
        this(writerOf(Objects.requireNonNull(chunks, "chunks")), contentType);
    }

    /** A 200 streaming response written by {@code writer}, with {@code contentType}. */
    public StreamingResponse(BodyWriter writer, String contentType) {
        super(200, new byte[0], contentType);
        this.writer = Objects.requireNonNull(writer, "writer");
    }

    private static BodyWriter writerOf(Iterator<?> chunks) {
        return out -> {
            try {
                while (chunks.hasNext()) {
                    Object chunk = chunks.next();
                    out.write(chunk instanceof byte[] bytes ? bytes : String.valueOf(chunk).getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
            } finally {
                if (chunks instanceof AutoCloseable closeable) {
                    try {
                        closeable.close();
                    } catch (IOException | RuntimeException e) {
                        throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
                    } catch (Exception e) {
                        throw new IllegalStateException("Closing the stream's producer failed", e);
                    }
                }
            }
        };
    }

    @Override
    public boolean isStreaming() {
        return true;
    }

    /**
     * Not available: a streaming response's content is produced while it is sent.
     *
     * @throws IllegalStateException always
     */
    @Override
    public byte[] content() {
        throw new IllegalStateException("A StreamingResponse has no content to read; check isStreaming() first");
    }

    @Override
    public Body body() {
        return Body.stream(writer);
    }
}
