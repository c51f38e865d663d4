package dev.jango.gateway.tck;

/** A server the suite started through its adapter: the port it listens on, and a way to stop it. */
@SuppressWarnings("try") // close() may throw anything the adapter's stop throws, InterruptedException included
public interface RunningServer extends AutoCloseable {

    /** The port the server listens on at 127.0.0.1. */
    int port();

    /**
     * Stop the server gracefully; when this returns, in-flight exchanges have ended and
     * {@link dev.jango.gateway.Application#stop()} has been called.
     */
    @Override
    void close() throws Exception;
}
