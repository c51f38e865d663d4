package dev.jango.core.exceptions;

import java.io.Serial;
import java.time.Duration;
import java.util.Map;

/**
 * A service the request needs (a database, a session store) is down: answers 503 with {@code Retry-After},
 * so clients and load balancers try again later instead of treating it as a bug.
 */
public class ServiceUnavailable extends HttpError {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    /** {@code message} says what is unavailable (for logs); clients are told to retry after {@code retryAfter}. */
    public ServiceUnavailable(String message, Duration retryAfter, Throwable cause) {
        super(503, message, cause);
        this.retryAfter = retryAfter;
    }

    /** How long clients should wait before retrying. */
    public Duration retryAfter() {
        return retryAfter;
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("Retry-After", Long.toString(Math.max(1, retryAfter.toSeconds())));
    }
}
