package dev.jango.middleware;

import dev.jango.core.exceptions.PermissionDenied;
import java.io.Serial;

/**
 * A request failed CSRF verification: a 403 whose message is the reason (shown on the page with debug on,
 * logged on {@code dev.jango.security.csrf} always).
 */
public final class CsrfFailure extends PermissionDenied {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String reason;

    /** Verification failed for {@code reason}, in Django's words. */
    public CsrfFailure(String reason) {
        super("CSRF verification failed. Request aborted. Reason: " + reason);
        this.reason = reason;
    }

    /** Why verification failed, for example {@code "CSRF cookie not set."}. */
    public String reason() {
        return reason;
    }
}
