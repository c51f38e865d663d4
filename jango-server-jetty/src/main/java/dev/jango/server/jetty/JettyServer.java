package dev.jango.server.jetty;

import dev.jango.gateway.Application;
import dev.jango.gateway.server.Server;
import dev.jango.gateway.server.ServerConfig;
import dev.jango.server.support.RequestThreads;
import dev.jango.server.support.ServerBuilder;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serve an {@link Application} over HTTP/1.1 with an embedded Jetty 12, each request on its own virtual thread.
 *
 * <p>Build one with {@link #builder}, then {@link #start()} it: the application is started, the port bound,
 * and one banner line printed. {@link #stop()} (also run by {@link #close()}, on Ctrl-C and on SIGTERM) is
 * graceful: the port stops accepting connections, in-flight requests get up to the shutdown timeout to
 * finish (requests arriving on open connections meanwhile get 503), then the application is stopped.
 *
 * <p>Request paths reach the application exactly as sent, still percent-encoded: Jetty's default refusal of
 * ambiguous encodings such as {@code %2F} or {@code //} is relaxed, because the application decodes the path
 * itself, once. Malformed requests (an HTTP version Jetty does not speak included: 400, not 505), CONNECT
 * and transfer codings other than chunked (400), oversized heads (431) and bodies (413) are answered by Jetty
 * and never reach the application.
 */
public final class JettyServer implements Server {

    private static final Logger LOG = LoggerFactory.getLogger(JettyServer.class);
    private static final UriCompliance RAW_PATHS = UriCompliance.DEFAULT.with("JANGO_RAW_PATHS",
            UriCompliance.AMBIGUOUS_VIOLATIONS.toArray(UriCompliance.Violation[]::new));

    private enum State { NEW, STARTED, STOPPED }

    private final Application app;
    private final String host;
    private final org.eclipse.jetty.server.Server server;
    private final ServerConnector connector;
    private final boolean secure;
    private final RequestThreads requests;
    private final Consumer<String> banner;
    private final Duration shutdownTimeout;
    private final Thread shutdownHook = Thread.ofPlatform().name("jango-shutdown").unstarted(this::stop);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private State state = State.NEW;

    private JettyServer(Application app, ServerConfig config) {
        this.app = app;
        host = config.host();
        banner = config.banner();
        shutdownTimeout = config.shutdownTimeout();
        requests = RequestThreads.of("jango-request", config.inlineStart());

        QueuedThreadPool jettyThreads = new QueuedThreadPool();
        jettyThreads.setName("jango-jetty");
        // Jetty lets one idle thread go per idle timeout (60 s): after a burst of load the pool would take an hour to
        // shrink back. Let every thread idle that long go at once, down to the pool's minimum.
        jettyThreads.setMaxEvictCount(jettyThreads.getMaxThreads());
        server = new org.eclipse.jetty.server.Server(jettyThreads);
        HttpConfiguration http = new HttpConfiguration();
        http.setRequestHeaderSize(config.maxRequestHeaderSize());
        http.setUriCompliance(RAW_PATHS);
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        connector = Connectors.create(server, http, config.keyStore(), config.keyStorePassword(), config.http2());
        secure = config.secure();
        connector.setHost(config.host());
        connector.setPort(config.port());
        connector.setIdleTimeout(config.idleTimeout().toMillis());
        server.addConnector(connector);

        Handler gateway = new JettyHandler(app, requests, config.scriptName());
        if (config.maxRequestBodySize() >= 0) {
            SizeLimitHandler limit = new SizeLimitHandler(config.maxRequestBodySize(), -1);
            limit.setHandler(gateway);
            gateway = limit;
        }
        server.setHandler(new GracefulHandler(gateway));
        ErrorHandler errors = new ClientErrorPages();
        errors.setShowStacks(false);
        errors.setShowCauses(false);
        server.setErrorHandler(errors);
        server.setStopTimeout(shutdownTimeout.toMillis());
    }

    /** Start describing a server for {@code app}; every setting has a default. */
    public static Builder builder(Application app) {
        return new Builder(app);
    }

    /**
     * Serve {@code app} on {@code host:port} until the JVM is asked to stop (Ctrl-C, SIGTERM); for a
     * {@code main} method. Returns once the server has stopped; if the calling thread is interrupted, the
     * server is stopped and the thread's interrupt flag stays set.
     */
    public static void serve(Application app, String host, int port) {
        try (JettyServer server = builder(app).host(host).port(port).build()) {
            server.start().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Start the application, then accept connections; prints the banner line.
     *
     * <p>Throws {@link IllegalStateException} when called twice or after {@link #stop()}, and when the port
     * cannot be bound (the application is stopped again in that case).
     */
    public synchronized JettyServer start() {
        if (state != State.NEW) {
            throw new IllegalStateException("a JettyServer starts once; this one is already " + state);
        }
        app.start();
        try {
            server.start();
        } catch (Exception e) {
            state = State.STOPPED;
            try {
                server.stop();
            } catch (Exception cleanup) {
                e.addSuppressed(cleanup);
            }
            requests.close();
            app.stop();
            stopped.countDown();
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("Jetty could not serve on " + host + ":" + connector.getPort()
                    + ": " + e, e);
        }
        state = State.STARTED;
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        banner.accept("Jango serving at " + uri() + " on Jetty " + org.eclipse.jetty.server.Server.getVersion() + " (Ctrl-C to stop)");
        return this;
    }

    /** The port accepting connections: the bound one once started (even when configured as 0). */
    @Override
    public int port() {
        int bound = connector.getLocalPort();
        return bound > 0 ? bound : connector.getPort();
    }

    /** The server's base URI, for example {@code http://127.0.0.1:8000/}. */
    @Override
    public URI uri() {
        try {
            return new URI(secure ? "https" : "http", null, host, port(), "/", null, null);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("host '" + host + "' makes no URI", e);
        }
    }

    /**
     * Stop gracefully: refuse new connections, let in-flight requests finish within the shutdown timeout
     * (those still running then are cut off and their threads interrupted), then stop the application.
     * Idempotent; returns once stopped. Stopping a server that never started only prevents its start.
     */
    @Override
    public synchronized void stop() {
        if (state != State.STARTED) {
            state = State.STOPPED;
            requests.close();
            stopped.countDown();
            return;
        }
        state = State.STOPPED;
        try {
            server.stop();
        } catch (TimeoutException e) {
            LOG.warn("Requests still running after the shutdown timeout of {} were cut off", shutdownTimeout);
        } catch (Exception e) {
            LOG.warn("Jetty did not stop cleanly", e);
        } finally {
            requests.shutdownNow(1000); // interrupts requests cut off by the timeout; gives them a moment to unwind
            try {
                app.stop();
            } finally {
                removeShutdownHook();
                stopped.countDown();
            }
        }
    }

    private void removeShutdownHook() {
        if (Thread.currentThread() != shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is exiting: the hook will find this server stopped
            }
        }
    }

    /** Block until the server has stopped, whoever stopped it. */
    @Override
    public void join() throws InterruptedException {
        stopped.await();
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    /**
     * Settings for a {@link JettyServer}: every option is common to the adapters (see {@link ServerBuilder}); past
     * {@link ServerBuilder#maxRequestHeaderSize} Jetty answers 431 (414 for the URI).
     */
    public static final class Builder extends ServerBuilder<JettyServer, Builder> {

        private Builder(Application app) {
            super(app);
        }

        /**
         * The server, not yet started. With TLS, the key store is opened here: a wrong password, or a file that is
         * no PKCS#12 key store or holds no private key, fails with {@link IllegalArgumentException} naming the file.
         */
        @Override
        public JettyServer build() {
            return new JettyServer(app(), config());
        }
    }
}
