package dev.jango.core.exceptions;

import java.io.Serial;

/** Raise to answer 400 Bad Request: the client sent something this application cannot accept. */
public class BadRequest extends HttpError {

    @Serial
    private static final long serialVersionUID = 1L;

    /** A 400 explaining what was wrong with the request. */
    public BadRequest(String message) {
        super(400, message);
    }

    /** A 400 explaining what was wrong, caused by {@code cause}. */
    public BadRequest(String message, Throwable cause) {
        super(400, message, cause);
    }
}
