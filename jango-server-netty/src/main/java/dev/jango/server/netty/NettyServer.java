package dev.jango.server.netty;

import dev.jango.gateway.Application;
import dev.jango.gateway.server.Server;
import dev.jango.gateway.server.ServerConfig;
import dev.jango.server.support.ServerBuilder;
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
import java.time.Duration;
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
 * {@link ServerBuilder#inlineStart}). Requests are decoded by Netty's HTTP/1.1 decoder, configured strictly:
 * malformed requests (an unknown HTTP version included: 400, not 505), ambiguous framing (conflicting lengths,
 * Content-Length with Transfer-Encoding, codings other than chunked), CONNECT, oversized heads (431, 414 for
 * the request line) and bodies (413) are answered by the server and never reach the application. Paths reach
 * the application exactly as sent, still percent-encoded.
 */
public final class NettyServer implements Server {

    private static final Logger LOG = LoggerFactory.getLogger(NettyServer.class);

    /**
     * The most response bytes a connection holds in direct memory while its client does not read (128 KiB): what
     * Netty queues up to its high-water mark, one chunk written just before it, and one being gathered.
     */
    static final int WRITE_BUFFER_LIMIT = 128 * 1024;

    /** Netty's marks: the high one leaves {@link #WRITE_BUFFER_LIMIT} room for the chunk past it and the next. */
    private static final WriteBufferWaterMark WATER_MARK = new WriteBufferWaterMark(16 * 1024,
            WRITE_BUFFER_LIMIT - ResponseStream.LARGEST_CHUNK - ResponseStream.BUFFER);

    private enum State { NEW, STARTED, STOPPED }

    private final Application app;
    private final String host;
    private final int configuredPort;
    private final boolean secure;
    private final Consumer<String> banner;
    private final Duration shutdownTimeout;
    private final ServerState shared;
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

    private NettyServer(Application app, ServerConfig config) {
        this.app = app;
        host = config.host();
        configuredPort = config.port();
        secure = config.secure();
        banner = config.banner();
        shutdownTimeout = config.shutdownTimeout();
        tls = secure ? Tls.context(config.keyStore(), config.keyStorePassword(), config.http2()) : null;
        shared = new ServerState(app, config);
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
                    .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, WATER_MARK)
                    .childHandler(new Connections(shared, tls, connections))
                    .bind(host, configuredPort).sync().channel();
        } catch (Exception e) {
            state = State.STOPPED;
            shutDownLoops();
            shared.cutOff();
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
            shared.cutOff();
            stopped.countDown();
            return;
        }
        state = State.STOPPED;
        try {
            listener.close().awaitUninterruptibly();
            if (!shared.drain(shutdownTimeout)) {
                LOG.warn("Requests still running after the shutdown timeout of {} were cut off", shutdownTimeout);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            shared.cutOff();
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
     * Settings for a {@link NettyServer}: every option is common to the adapters (see {@link ServerBuilder}). Netty's
     * decoder limits the request line and the header fields each on its own to
     * {@link ServerBuilder#maxRequestHeaderSize}; a TLS password that does not open the key store fails
     * {@link #build()} with an {@link IllegalArgumentException}.
     */
    public static final class Builder extends ServerBuilder<NettyServer, Builder> {

        private Builder(Application app) {
            super(app);
        }

        @Override
        public NettyServer build() {
            return new NettyServer(app(), config());
        }
    }
}
