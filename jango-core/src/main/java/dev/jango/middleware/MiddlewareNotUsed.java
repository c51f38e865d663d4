package dev.jango.middleware;

import java.io.Serial;

/**
 * Thrown from {@link Middleware#wrap} at start-up by a middleware that has nothing to do in this
 * configuration; it is left out of the onion (and its hooks with it), and the reason is logged at debug.
 */
public class MiddlewareNotUsed extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Opt out, saying why. */
    public MiddlewareNotUsed(String reason) {
        super(reason);
    }
}
