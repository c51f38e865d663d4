package dev.jango.core.exceptions;

import java.io.Serial;

/** The request body is larger than the application accepts; answers 413 Content Too Large. */
public class RequestDataTooBig extends SuspiciousOperation {

    @Serial
    private static final long serialVersionUID = 1L;

    /** A 413 explaining which limit was passed. */
    public RequestDataTooBig(String message) {
        super(413, message);
    }
}
