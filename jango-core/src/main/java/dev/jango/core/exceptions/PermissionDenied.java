package dev.jango.core.exceptions;

import java.io.Serial;

/** Raise to answer 403 Forbidden: the user may not do this. */
public class PermissionDenied extends HttpError {

    @Serial
    private static final long serialVersionUID = 1L;

    /** A 403 with a message for the log and the debug page. */
    public PermissionDenied(String message) {
        super(403, message);
    }

    /** A 403 with no further explanation. */
    public PermissionDenied() {
        this("Permission denied");
    }
}
