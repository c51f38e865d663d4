package dev.jango.http;

import dev.jango.core.exceptions.BadRequest;
import dev.jango.core.exceptions.RequestDataTooBig;
import dev.jango.gateway.GatewayRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads a whole request body within the size limit. */
final class BodyReader {

    private static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

    private BodyReader() {}

    /** The declared {@code Content-Length}, or -1 when there is none; not a number is a 400. */
    static long declaredLength(GatewayRequest gateway) {
        String declared = gateway.headers().get("Content-Length");
        if (declared == null) {
            return -1;
        }
        try {
            return Long.parseLong(declared.strip());
        } catch (NumberFormatException e) {
            throw new BadRequest("Content-Length is not a number: " + declared);
        }
    }

    /**
     * The whole body, refused with {@link RequestDataTooBig} when it declares or turns out to be larger than
     * {@code maxBodySize}; a body the client stops sending is a {@link BadRequest}.
     */
    static byte[] readAll(GatewayRequest gateway, long maxBodySize) {
        long declared = declaredLength(gateway);
        // No array holds more than MAX_ARRAY bytes: past it, even a limit of Long.MAX_VALUE refuses the body.
        long limit = Math.min(maxBodySize, MAX_ARRAY - 1);
        if (declared > limit) {
            throw tooBig(maxBodySize, limit);
        }
        try (InputStream in = gateway.body()) {
            // A declared length is what the server frames: read exactly that into one array of that size. Without
            // one (chunked), read up to one byte past the limit to tell "too big" apart.
            byte[] bytes = in.readNBytes((int) (declared >= 0 ? declared : limit + 1));
            if (bytes.length > limit) {
                throw tooBig(maxBodySize, limit);
            }
            return bytes;
        } catch (IOException | UncheckedIOException e) {
            throw new BadRequest("The request body could not be read: " + e.getMessage(), e);
        }
    }

    private static RequestDataTooBig tooBig(long maxBodySize, long limit) {
        return new RequestDataTooBig(limit == maxBodySize
                ? "Request body exceeded dataUploadMaxMemorySize (" + maxBodySize + " bytes)"
                : "Request body is larger than the " + limit + " bytes an array holds; read it with bodyStream()");
    }
}
