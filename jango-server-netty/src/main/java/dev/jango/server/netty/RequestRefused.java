package dev.jango.server.netty;

import java.io.IOException;
import java.io.Serial;

/**
 * A request body the server will not pass on whole: its status (400, 408, 413, 503) and why.
 *
 * <p>Thrown by the request body's stream when the body turns out malformed, too large or cut short, stops
 * arriving for the idle timeout (408), or is cut off by a stopping server (503): the application's read fails,
 * and the request is answered with {@link #status()} if the application gives up. Requests refused before the
 * application runs are {@link RequestValidator.Refusal}s. Cheap: no stack trace.
 */
final class RequestRefused extends IOException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final int status;

    RequestRefused(int status, String reason) {
        super(reason);
        this.status = status;
    }

    static RequestRefused badRequest(String reason) {
        return new RequestRefused(400, reason);
    }

    int status() {
        return status;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
