package dev.jango.core.exceptions;

import java.io.Serial;

/**
 * The application is set up wrong: a bad route, a missing setting, a middleware that cannot work.
 *
 * <p>Raised at start-up, before the first request, with a message that says what is wrong and how to fix it.
 */
public class ImproperlyConfigured extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    /** A configuration error explained by {@code message}. */
    public ImproperlyConfigured(String message) {
        super(message);
    }

    /** A configuration error explained by {@code message}, caused by {@code cause}. */
    public ImproperlyConfigured(String message, Throwable cause) {
        super(message, cause);
    }
}
