package dev.jango.gateway;

/**
 * Told once that an exchange has ended, like WSGI's {@code close()}.
 *
 * <p>Servers call {@link #completed} exactly once per response: after the last byte of the body was handed
 * to the network ({@code failure == null}), or when the exchange failed, for example because the client
 * disconnected or the body writer threw ({@code failure != null}). Applications use it to release resources
 * (open files, database connections, temporary uploads) and to signal that the request has finished.
 * A completion must not throw; servers log and swallow anything it throws.
 */
@FunctionalInterface
public interface Completion {

    /** A completion that does nothing. */
    Completion NONE = failure -> {};

    /** Called once when the exchange has ended; {@code failure} is null when the response was fully sent. */
    void completed(Throwable failure);
}
