package dev.jango.server.netty;

import java.io.IOException;
import java.io.Serial;

/**
 * A request the server will not pass on as it is: its status (400, 413, 414, 417, 431) and why.
 *
 * <p>Thrown by the parser while reading a head (the application never runs), and by the request body's stream
 * when the body turns out malformed, too large or cut short (the application's read fails, and the request is
 * answered with {@link #status()} if the application gives up). Cheap: no stack trace.
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
