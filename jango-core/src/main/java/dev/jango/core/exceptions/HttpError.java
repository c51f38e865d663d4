package dev.jango.core.exceptions;

import java.io.Serial;

/**
 * An exception that stands for an HTTP error response: raising it anywhere in the cycle answers the request
 * with {@link #status()}.
 *
 * <p>The message is for logs and, with {@code debug} on, for the error page; it is never shown to clients
 * when {@code debug} is off.
 */
public abstract class HttpError extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final int status;

    protected HttpError(int status, String message) {
        super(message);
        this.status = status;
    }

    protected HttpError(int status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    /** The status code of the response this error becomes. */
    public int status() {
        return status;
    }

    /** Header fields the error response carries (for example {@code Allow} or {@code Retry-After}); none by default. */
    public java.util.Map<String, String> headers() {
        return java.util.Map.of();
    }
}
