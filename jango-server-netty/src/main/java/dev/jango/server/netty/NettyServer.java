package dev.jango.server.netty;

import dev.jango.gateway.Application;
import dev.jango.gateway.server.RequestThreads;
import dev.jango.gateway.server.Server;
import dev.jango.gateway.server.ServerConfig;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.handler.ssl.SslContext;
import io.netty.util.Version;
import io.netty.util.concurrent.GlobalEventExecutor;
import io.netty.util.concurrent.ScheduledFuture;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serve an {@link Application} over HTTP/1.1 (and optionally HTTP/2, and TLS) with Netty, each request on its
 * own virtual thread.
 *
 * <p>Build one with {@link #builder}, then {@link #start()} it: the application is started, the port bound, and
 * one banner line printed. {@link #stop()} (also run by {@link #close()}, on Ctrl-C and on SIGTERM) is
 * graceful: the port stops accepting connections, in-flight requests get up to the shutdown timeout to finish
 * (requests arriving on open connections meanwhile get 503), then the application is stopped.
 *
 * <p>The event loops (native epoll on Linux, NIO elsewhere) move bytes and run Netty's HTTP codecs; every
 * application call, body read and body write happens on the request's virtual thread, and may block (by default
 * that thread starts on the event loop's own thread and leaves it at its first blocking call, see
 * {@link Builder#inlineStart}). Requests are decoded by Netty's HTTP/1.1 decoder, configured strictly:
 * malformed requests (an unknown HTTP version included: 400, not 505), ambiguous framing (conflicting lengths,
 * Content-Length with Transfer-Encoding, codings other than chunked), CONNECT, oversized heads (431, 414 for
 * the request line) and bodies (413) are answered by the server and never reach the application. Paths reach
 * the application exactly as sent, still percent-encoded.
 */
public final class NettyServer implements Server {

    private static final Logger LOG = LoggerFactory.getLogger(NettyServer.class);

    private enum State { NEW, STARTED, STOPPED }

    private final Application app;
    private final String host;
    private final int configuredPort;
    private final boolean secure;
    private final Consumer<String> banner;
    private final Duration shutdownTimeout;
    private final Gateway gateway;
    private final SslContext tls;
    private final Transport transport = Transport.best();
    private final ChannelGroup connections = new DefaultChannelGroup("jango-connections", GlobalEventExecutor.INSTANCE);
    private final Thread shutdownHook = Thread.ofPlatform().name("jango-shutdown").unstarted(this::stop);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private EventLoopGroup acceptor;
    private EventLoopGroup workers;
    private ScheduledFuture<?> dateClock;
    private Channel listener;
    private int boundPort;
    private State state = State.NEW;

    private NettyServer(Builder builder) {
        ServerConfig config = builder.config;
        app = builder.app;
        host = config.host();
        configuredPort = config.port();
        secure = config.secure();
        banner = config.banner();
        shutdownTimeout = config.shutdownTimeout();
        tls = secure ? Tls.context(config.keyStore(), config.keyStorePassword(), config.http2()) : null;
        gateway = new Gateway(app, config.scriptName(), config.maxRequestHeaderSize(), config.maxRequestBodySize(),
                config.idleTimeout(), config.http2(), builder.inlineStart);
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
        try (NettyServer server = builder(app).host(host).port(port).build()) {
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
    public synchronized NettyServer start() {
        if (state != State.NEW) {
            throw new IllegalStateException("a NettyServer starts once; this one is already " + state);
        }
        app.start();
        int threads = Runtime.getRuntime().availableProcessors();
        acceptor = transport.group(1, "accept");
        workers = transport.group(threads, "io");
        dateClock = DateField.startClock(acceptor.next());
        try {
            listener = new ServerBootstrap()
                    .group(acceptor, workers)
                    .channel(transport.serverChannel())
                    .option(ChannelOption.SO_BACKLOG, 1024)
                    .option(ChannelOption.SO_REUSEADDR, true)
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childOption(ChannelOption.ALLOW_HALF_CLOSURE, true)
                    .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, new WriteBufferWaterMark(32 * 1024, 128 * 1024))
                    .childHandler(new Connections(gateway, tls, connections))
                    .bind(host, configuredPort).sync().channel();
        } catch (Exception e) {
            state = State.STOPPED;
            shutDownLoops();
            gateway.cutOff();
            app.stop();
            stopped.countDown();
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("Netty could not serve on " + host + ":" + configuredPort + ": " + e, e);
        }
        boundPort = ((InetSocketAddress) listener.localAddress()).getPort();
        state = State.STARTED;
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        banner.accept("Jango serving at " + uri() + " on Netty " + nettyVersion() + " (" + transport.name()
                + ", Ctrl-C to stop)");
        return this;
    }

    /** The port accepting connections: the bound one once started (even when configured as 0). */
    @Override
    public int port() {
        return boundPort > 0 ? boundPort : configuredPort;
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
            gateway.cutOff();
            stopped.countDown();
            return;
        }
        state = State.STOPPED;
        try {
            listener.close().awaitUninterruptibly();
            if (!gateway.drain(shutdownTimeout)) {
                LOG.warn("Requests still running after the shutdown timeout of {} were cut off", shutdownTimeout);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            gateway.cutOff();
            connections.close().awaitUninterruptibly(1, TimeUnit.SECONDS);
            shutDownLoops();
            try {
                app.stop();
            } finally {
                removeShutdownHook();
                stopped.countDown();
            }
        }
    }

    private void shutDownLoops() {
        if (dateClock != null) {
            dateClock.cancel(false);
            dateClock = null;
            DateField.clockStopped();
        }
        for (EventLoopGroup group : new EventLoopGroup[] {acceptor, workers}) {
            if (group != null) {
                group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(2, TimeUnit.SECONDS);
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

    private static String nettyVersion() {
        Version version = Version.identify().get("netty-common");
        return version == null ? "4" : version.artifactVersion();
    }

    /**
     * Settings for a {@link NettyServer}: a {@link ServerConfig} (every value checked there) plus
     * {@link #inlineStart}. Defaults: host {@code 127.0.0.1}, port 8000, idle timeout 30 s, request line and header
     * fields at most 8 KiB each, request body unlimited, shutdown timeout 10 s, mounted at the root, plain HTTP/1.1,
     * banner printed to standard output, request threads started inline.
     */
    public static final class Builder {
        private final Application app;
        private ServerConfig config = ServerConfig.defaults();
        private boolean inlineStart = true;

        private Builder(Application app) {
            this.app = Objects.requireNonNull(app, "app");
        }

        /** The interface to listen on: an IP address or host name; {@code 0.0.0.0} for all. */
        public Builder host(String host) {
            config = config.withAddress(host, config.port());
            return this;
        }

        /** The port to listen on, 0-65535; 0 picks a free one, reported by {@link NettyServer#port()}. */
        public Builder port(int port) {
            config = config.withAddress(config.host(), port);
            return this;
        }

        /** How long a connection may sit with no bytes moving before it is closed; also bounds slow clients. */
        public Builder idleTimeout(Duration idleTimeout) {
            config = config.withIdleTimeout(idleTimeout);
            return this;
        }

        /**
         * The most bytes of the request line, and of the header fields (each limit on its own, as Netty's decoder
         * counts them); past it the server answers 414 for the line, 431 for the fields.
         */
        public Builder maxRequestHeaderSize(int bytes) {
            config = config.withLimits(bytes, config.maxRequestBodySize());
            return this;
        }

        /**
         * The most bytes of request body, -1 for no limit. A larger declared Content-Length is answered 413
         * before the application runs; a chunked body that grows past it fails the application's read, and
         * the request is answered 413.
         */
        public Builder maxRequestBodySize(long bytes) {
            config = config.withLimits(config.maxRequestHeaderSize(), bytes);
            return this;
        }

        /** How long {@link NettyServer#stop()} waits for in-flight requests before cutting them off. */
        public Builder shutdownTimeout(Duration shutdownTimeout) {
            config = config.withShutdownTimeout(shutdownTimeout);
            return this;
        }

        /** Where the one-line banner goes on start; {@code line -> {}} for none. */
        public Builder banner(Consumer<String> banner) {
            config = config.withBanner(banner);
            return this;
        }

        /**
         * Mount the application under {@code prefix} (for example {@code /shop}): requests outside it get 404,
         * the application sees the prefix as its script name and routes the rest. Default: the root.
         */
        public Builder scriptName(String prefix) {
            config = config.withScriptName(prefix);
            return this;
        }

        /**
         * Serve HTTPS with the key and certificate in the PKCS#12 {@code keyStore} (for example made with
         * {@code keytool -genkeypair -storetype PKCS12}); plain HTTP is then not served on this port. A password
         * that does not open the store fails {@link #build()}.
         *
         * @throws IllegalArgumentException when the file does not exist
         */
        public Builder tls(Path keyStore, String password) {
            config = config.withTls(keyStore, password);
            return this;
        }

        /**
         * Also speak HTTP/2: over TLS negotiated by ALPN (h2, HTTP/1.1 for clients that do not offer it),
         * on plain connections by upgrade or prior knowledge (h2c). Off by default.
         */
        public Builder http2(boolean http2) {
            config = config.withHttp2(http2);
            return this;
        }

        /**
         * Start each request's virtual thread on Netty's event loop thread, until it first blocks (on by default;
         * see {@link RequestThreads#inline}). Needs {@code --add-opens java.base/java.lang=ALL-UNNAMED}; without
         * it, or when off, every request is handed to the JDK's virtual-thread scheduler.
         */
        public Builder inlineStart(boolean inline) {
            this.inlineStart = inline;
            return this;
        }

        /** Take every setting from {@code config} (its {@code server} name is not checked here). */
        public Builder config(ServerConfig config) {
            this.config = Objects.requireNonNull(config, "config");
            return this;
        }

        /**
         * The server, not yet started.
         *
         * @throws IllegalArgumentException when the TLS key store cannot be opened with its password
         */
        public NettyServer build() {
            return new NettyServer(this);
        }
    }
}
