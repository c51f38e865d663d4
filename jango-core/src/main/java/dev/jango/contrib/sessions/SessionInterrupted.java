package dev.jango.contrib.sessions;

import dev.jango.core.exceptions.BadRequest;
import java.io.Serial;

/**
 * The session was deleted while this request ran (the user logged out in another tab, say), so its changes
 * cannot be saved: answers 400, like Django's {@code SessionInterrupted}.
 */
public final class SessionInterrupted extends BadRequest {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The session under {@code key} is gone. */
    public SessionInterrupted() {
        super("The request's session was deleted before the request completed. The user may have logged out "
                + "in a concurrent request, for example.");
    }
}
