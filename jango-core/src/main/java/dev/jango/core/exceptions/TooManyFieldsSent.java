package dev.jango.core.exceptions;

import java.io.Serial;

/** A query string or form has more fields than {@code dataUploadMaxNumberFields}. Answers 400. */
public class TooManyFieldsSent extends SuspiciousOperation {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Too many fields, explained by {@code message}. */
    public TooManyFieldsSent(String message) {
        super(message);
    }
}
