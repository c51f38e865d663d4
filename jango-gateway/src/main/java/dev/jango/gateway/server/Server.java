package dev.jango.gateway.server;

import java.net.URI;

/**
 * A started server, whichever adapter runs it: its address, and a graceful stop.
 *
 * <p>{@link #stop()} refuses new connections, lets in-flight requests finish within the shutdown timeout,
 * then stops the application; it is idempotent and returns once stopped.
 */
public interface Server extends AutoCloseable {

    /** The bound port (the real one when configured as 0). */
    int port();

    /** The base URI, for example {@code http://127.0.0.1:8000/}. */
    URI uri();

    /** Stop gracefully; idempotent; returns once stopped. */
    void stop();

    /** Block until the server has stopped, whoever stopped it. */
    void join() throws InterruptedException;

    /** Same as {@link #stop()}. */
    @Override
    default void close() {
        stop();
    }
}
