package dev.jango.server.support;

import dev.jango.gateway.Application;
import dev.jango.gateway.server.Server;
import dev.jango.gateway.server.ServerConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Describe a server for an application: what every adapter accepts, kept in a {@link ServerConfig} (which checks
 * each value and holds the defaults). An adapter's builder extends this one, adds only its own options, and
 * {@link #build()}s from {@link #config()}: {@code JettyServer.builder(app).port(8080).http2(true).build()}.
 *
 * <p>Defaults: host {@code 127.0.0.1}, port 8000, idle timeout 30 s, request head at most 8 KiB, request body
 * unlimited, shutdown timeout 10 s, mounted at the root, plain HTTP/1.1, banner printed to standard output, request
 * threads started inline. The config's {@code server} name is the caller's business; a builder does not check it.
 *
 * @param <S> the server built
 * @param <B> the adapter's builder, which every option returns
 */
public abstract class ServerBuilder<S extends Server, B extends ServerBuilder<S, B>> {

    private final Application app;
    private ServerConfig config = ServerConfig.defaults();

    /** A builder for a server of {@code app}, from {@link ServerConfig#defaults()}. */
    protected ServerBuilder(Application app) {
        this.app = Objects.requireNonNull(app, "app");
    }

    /** The application the server will run. */
    protected final Application app() {
        return app;
    }

    /** Every common setting as chosen so far. */
    protected final ServerConfig config() {
        return config;
    }

    /** The interface to listen on: an IP address or host name; {@code 0.0.0.0} for all. */
    public final B host(String host) {
        return with(config.withAddress(host, config.port()));
    }

    /** The port to listen on, 0-65535; 0 picks a free one, reported by {@link Server#port()}. */
    public final B port(int port) {
        return with(config.withAddress(config.host(), port));
    }

    /** How long a connection may sit with no bytes moving before it is closed; also bounds slow clients. */
    public final B idleTimeout(Duration idleTimeout) {
        return with(config.withIdleTimeout(idleTimeout));
    }

    /**
     * The most bytes of request line plus header fields (Netty's decoder counts the line and the fields each on its
     * own); past it the server answers 431, or 414 when the request line alone is too long.
     */
    public final B maxRequestHeaderSize(int bytes) {
        return with(config.withLimits(bytes, config.maxRequestBodySize()));
    }

    /**
     * The most bytes of request body, -1 for no limit. A larger declared Content-Length is answered 413 before the
     * application runs; a chunked body that grows past it fails the application's read, and the request is answered
     * 413.
     */
    public final B maxRequestBodySize(long bytes) {
        return with(config.withLimits(config.maxRequestHeaderSize(), bytes));
    }

    /** How long {@link Server#stop()} waits for in-flight requests before cutting them off. */
    public final B shutdownTimeout(Duration shutdownTimeout) {
        return with(config.withShutdownTimeout(shutdownTimeout));
    }

    /** Where the one-line banner goes on start; {@code line -> {}} for none. */
    public final B banner(Consumer<String> banner) {
        return with(config.withBanner(banner));
    }

    /**
     * Mount the application under {@code prefix} (for example {@code /shop}): requests outside it get 404, the
     * application sees the prefix as its script name and routes the rest. Default: the root.
     */
    public final B scriptName(String prefix) {
        return with(config.withScriptName(prefix));
    }

    /**
     * Serve HTTPS with the key and certificate in the PKCS#12 {@code keyStore} (for example made with
     * {@code keytool -genkeypair -storetype PKCS12}); plain HTTP is then not served on this port. A password that
     * does not open the store fails {@link #build()} or the server's start.
     *
     * @throws IllegalArgumentException when the file does not exist
     */
    public final B tls(Path keyStore, String password) {
        return with(config.withTls(keyStore, password));
    }

    /**
     * Also speak HTTP/2: over TLS negotiated by ALPN (h2, HTTP/1.1 for clients that do not offer it), on plain
     * connections by upgrade or prior knowledge (h2c). Off by default.
     */
    public final B http2(boolean http2) {
        return with(config.withHttp2(http2));
    }

    /**
     * Start each request's virtual thread on the server's own I/O thread, until it first blocks (on by default; see
     * {@link RequestThreads#inline}). Needs {@code --add-opens java.base/java.lang=ALL-UNNAMED}; without it, or when
     * off, every request is handed to the JDK's virtual-thread scheduler.
     */
    public final B inlineStart(boolean inline) {
        return with(config.withInlineStart(inline));
    }

    /** Take every common setting from {@code config}, replacing those chosen so far. */
    public final B config(ServerConfig config) {
        return with(Objects.requireNonNull(config, "config"));
    }

    /**
     * Apply the environment's overrides ({@code JANGO_TLS_KEYSTORE}, {@code JANGO_TLS_PASSWORD},
     * {@code JANGO_HTTP2}; see {@link ServerConfig#withEnvironment}), for example {@code System.getenv()}. The
     * adapter is already chosen here: {@code JANGO_SERVER} is recorded in the config, not obeyed.
     *
     * @throws IllegalArgumentException naming the variable whose value makes no sense
     */
    public final B environment(Map<String, String> env) {
        return with(config.withEnvironment(env));
    }

    /** The server, not yet started. */
    public abstract S build();

    @SuppressWarnings("unchecked") // B is the subclass, as its declaration says
    private B with(ServerConfig changed) {
        config = changed;
        return (B) this;
    }
}
