package dev.jango.core.exceptions;

import java.io.Serial;

/**
 * Raise when a request looks like tampering or an attack: a forged host, a tampered cookie, a hostile path.
 *
 * <p>Answers 400 (subclasses may choose another 4xx); logged on the security logger
 * {@code dev.jango.security.<ClassName>} so that operators can watch for it.
 */
public class SuspiciousOperation extends HttpError {

    @Serial
    private static final long serialVersionUID = 1L;

    /** A suspicious operation answered with 400. */
    public SuspiciousOperation(String message) {
        super(400, message);
    }

    /** A suspicious operation answered with {@code status}, for subclasses. */
    protected SuspiciousOperation(int status, String message) {
        super(status, message);
    }
}
