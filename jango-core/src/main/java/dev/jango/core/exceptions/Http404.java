package dev.jango.core.exceptions;

import java.io.Serial;

/** Raise to answer 404 Not Found: the thing asked for does not exist. */
public class Http404 extends HttpError {

    @Serial
    private static final long serialVersionUID = 1L;

    /** A 404 with a message for the log and the debug page. */
    public Http404(String message) {
        super(404, message);
    }

    /** A 404 with no further explanation. */
    public Http404() {
        this("Not found");
    }
}
