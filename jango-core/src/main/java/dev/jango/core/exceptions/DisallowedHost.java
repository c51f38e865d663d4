package dev.jango.core.exceptions;

import java.io.Serial;

/** The request's {@code Host} is not in {@code allowedHosts}: a possible host-header attack. Answers 400. */
public class DisallowedHost extends SuspiciousOperation {

    @Serial
    private static final long serialVersionUID = 1L;

    /** A disallowed host, explained by {@code message}. */
    public DisallowedHost(String message) {
        super(message);
    }
}
