package dev.jango.gateway;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a streamed response body.
 *
 * <p>The server calls {@link #writeTo} once, on the request's thread, after the status and headers are
 * committed. Bytes written are sent as they are flushed or as the server's buffer fills, so a body larger
 * than memory streams through. An {@link IOException} from {@code out} means the client is gone: the writer
 * should stop and let it propagate. The writer must not close {@code out}; the server ends the body.
 */
@FunctionalInterface
public interface BodyWriter {

    /** Write the whole body to {@code out}. */
    void writeTo(OutputStream out) throws IOException;
}
