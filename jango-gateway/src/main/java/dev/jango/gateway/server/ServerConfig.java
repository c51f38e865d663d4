package dev.jango.gateway.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What any server adapter is told: where to listen, its limits, TLS and HTTP/2. Immutable; start from
 * {@link #defaults()} and change with the {@code with...} methods, or read overrides from the environment
 * with {@link #withEnvironment}.
 *
 * <p>Defaults: host {@code 127.0.0.1}, port 8000, idle timeout 30 s, request head at most 8 KiB, request
 * body unlimited (-1), shutdown timeout 10 s, mounted at the root, plain HTTP/1.1, banner to standard output,
 * server chosen automatically ({@code server} empty: the only adapter on the class path), request threads started
 * inline on the server's I/O thread where the JVM allows it ({@code inlineStart}).
 *
 * @param server the adapter's {@link ServerProvider#name()} ("jetty", "netty"), or empty for the only one present
 * @param host the interface to listen on: an IP address or host name; {@code 0.0.0.0} for all
 * @param port 0-65535; 0 picks a free port, reported by {@link Server#port()}
 * @param idleTimeout how long a connection may sit with no bytes moving before it is closed
 * @param maxRequestHeaderSize the most bytes of request line plus header fields (431 past it)
 * @param maxRequestBodySize the most bytes of request body, -1 for no limit (413 past it)
 * @param shutdownTimeout how long a graceful stop waits for in-flight requests
 * @param scriptName the prefix the application is mounted under ({@code /shop}), or empty for the root
 * @param keyStore a PKCS#12 key store to serve HTTPS with, or null for plain HTTP
 * @param keyStorePassword the key store's password, or null without TLS
 * @param http2 also speak HTTP/2: h2 by ALPN over TLS, h2c (upgrade or prior knowledge) on plain connections
 * @param banner where the one-line banner goes on start
 * @param inlineStart start each request's virtual thread on the server's I/O thread, moving to a carrier only when
 *        it first blocks (needs {@code --add-opens java.base/java.lang=ALL-UNNAMED}; without it, or when false,
 *        request threads start on the JDK's scheduler)
 */
public record ServerConfig(String server, String host, int port, Duration idleTimeout, int maxRequestHeaderSize,
        long maxRequestBodySize, Duration shutdownTimeout, String scriptName, Path keyStore,
        String keyStorePassword, boolean http2, Consumer<String> banner, boolean inlineStart) {

    /** Checks every value; throws {@link IllegalArgumentException} saying which is wrong and why. */
    public ServerConfig {
        Objects.requireNonNull(server, "server");
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host must be an address or name, was '" + host + "'");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0-65535, was " + port);
        }
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("idleTimeout must be positive, was " + idleTimeout);
        }
        if (maxRequestHeaderSize < 256) {
            throw new IllegalArgumentException("maxRequestHeaderSize must be at least 256 bytes, was "
                    + maxRequestHeaderSize);
        }
        if (maxRequestBodySize < -1) {
            throw new IllegalArgumentException("maxRequestBodySize must be -1 (no limit) or >= 0, was "
                    + maxRequestBodySize);
        }
        Objects.requireNonNull(shutdownTimeout, "shutdownTimeout");
        if (shutdownTimeout.isNegative()) {
            throw new IllegalArgumentException("shutdownTimeout must not be negative, was " + shutdownTimeout);
        }
        Objects.requireNonNull(scriptName, "scriptName");
        if (!scriptName.isEmpty() && (!scriptName.startsWith("/") || scriptName.endsWith("/"))) {
            throw new IllegalArgumentException(
                    "scriptName must be empty or start with '/' and not end with '/', was '" + scriptName + "'");
        }
        if (keyStore != null) {
            if (!Files.isRegularFile(keyStore)) {
                throw new IllegalArgumentException("TLS key store " + keyStore.toAbsolutePath() + " does not exist");
            }
            Objects.requireNonNull(keyStorePassword, "keyStorePassword (the key store " + keyStore + " needs one)");
        }
        Objects.requireNonNull(banner, "banner");
    }

    /** The defaults listed above. */
    public static ServerConfig defaults() {
        return new ServerConfig("", "127.0.0.1", 8000, Duration.ofSeconds(30), 8 * 1024, -1, Duration.ofSeconds(10),
                "", null, null, false, System.out::println, true);
    }

    /**
     * This configuration with the environment's overrides: {@code JANGO_SERVER} (adapter name),
     * {@code JANGO_TLS_KEYSTORE} and {@code JANGO_TLS_PASSWORD} (HTTPS), {@code JANGO_HTTP2} ({@code true} or
     * {@code false}). A value that makes no sense fails with a message naming the variable.
     */
    public ServerConfig withEnvironment(Map<String, String> env) {
        ServerConfig config = this;
        String name = env.get("JANGO_SERVER");
        if (name != null && !name.isBlank()) {
            config = config.withServer(name.strip());
        }
        String keyStore = env.get("JANGO_TLS_KEYSTORE");
        if (keyStore != null && !keyStore.isBlank()) {
            String password = env.get("JANGO_TLS_PASSWORD");
            if (password == null) {
                throw new IllegalArgumentException("JANGO_TLS_KEYSTORE is set but JANGO_TLS_PASSWORD is not: set the"
                        + " key store's password too");
            }
            config = config.withTls(Path.of(keyStore), password);
        }
        String http2 = env.get("JANGO_HTTP2");
        if (http2 != null && !http2.isBlank()) {
            config = switch (http2.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "true", "1", "yes", "on" -> config.withHttp2(true);
                case "false", "0", "no", "off" -> config.withHttp2(false);
                default -> throw new IllegalArgumentException("JANGO_HTTP2 must be true or false, was '" + http2 + "'");
            };
        }
        return config;
    }

    /** With the adapter named {@code server} ("jetty", "netty"); empty for the only one on the class path. */
    public ServerConfig withServer(String server) {
        return new ServerConfig(server, host, port, idleTimeout, maxRequestHeaderSize, maxRequestBodySize,
                shutdownTimeout, scriptName, keyStore, keyStorePassword, http2, banner, inlineStart);
    }

    /** Listening on {@code host:port}. */
    public ServerConfig withAddress(String host, int port) {
        return new ServerConfig(server, host, port, idleTimeout, maxRequestHeaderSize, maxRequestBodySize,
                shutdownTimeout, scriptName, keyStore, keyStorePassword, http2, banner, inlineStart);
    }

    /** With this idle timeout. */
    public ServerConfig withIdleTimeout(Duration idleTimeout) {
        return new ServerConfig(server, host, port, idleTimeout, maxRequestHeaderSize, maxRequestBodySize,
                shutdownTimeout, scriptName, keyStore, keyStorePassword, http2, banner, inlineStart);
    }

    /** With these limits on the request head and body (-1: no body limit). */
    public ServerConfig withLimits(int maxRequestHeaderSize, long maxRequestBodySize) {
        return new ServerConfig(server, host, port, idleTimeout, maxRequestHeaderSize, maxRequestBodySize,
                shutdownTimeout, scriptName, keyStore, keyStorePassword, http2, banner, inlineStart);
    }

    /** With this graceful-stop timeout. */
    public ServerConfig withShutdownTimeout(Duration shutdownTimeout) {
        return new ServerConfig(server, host, port, idleTimeout, maxRequestHeaderSize, maxRequestBodySize,
                shutdownTimeout, scriptName, keyStore, keyStorePassword, http2, banner, inlineStart);
    }

    /** Mounted under {@code scriptName}. */
    public ServerConfig withScriptName(String scriptName) {
        return new ServerConfig(server, host, port, idleTimeout, maxRequestHeaderSize, maxRequestBodySize,
                shutdownTimeout, scriptName, keyStore, keyStorePassword, http2, banner, inlineStart);
    }

    /** Serving HTTPS with the PKCS#12 {@code keyStore}. */
    public ServerConfig withTls(Path keyStore, String password) {
        return new ServerConfig(server, host, port, idleTimeout, maxRequestHeaderSize, maxRequestBodySize,
                shutdownTimeout, scriptName, Objects.requireNonNull(keyStore, "keyStore"), password, http2, banner, inlineStart);
    }

    /** With HTTP/2 on or off. */
    public ServerConfig withHttp2(boolean http2) {
        return new ServerConfig(server, host, port, idleTimeout, maxRequestHeaderSize, maxRequestBodySize,
                shutdownTimeout, scriptName, keyStore, keyStorePassword, http2, banner, inlineStart);
    }

    /** With the banner going to {@code banner}; {@code line -> {}} for none. */
    public ServerConfig withBanner(Consumer<String> banner) {
        return new ServerConfig(server, host, port, idleTimeout, maxRequestHeaderSize, maxRequestBodySize,
                shutdownTimeout, scriptName, keyStore, keyStorePassword, http2, banner, inlineStart);
    }

    /** With request threads started inline on the I/O thread (true, the default) or on the JDK's scheduler. */
    public ServerConfig withInlineStart(boolean inlineStart) {
        return new ServerConfig(server, host, port, idleTimeout, maxRequestHeaderSize, maxRequestBodySize,
                shutdownTimeout, scriptName, keyStore, keyStorePassword, http2, banner, inlineStart);
    }

    /** True when HTTPS is configured. */
    public boolean secure() {
        return keyStore != null;
    }
}
