package dev.jango.gateway.tck.kit;

import dev.jango.gateway.Application;
import dev.jango.gateway.server.Server;
import dev.jango.gateway.server.ServerConfig;
import dev.jango.gateway.server.Servers;
import dev.jango.gateway.tck.GatewayConformanceSuite;
import dev.jango.gateway.tck.Limits;
import dev.jango.gateway.tck.RunningServer;
import java.time.Duration;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;

/**
 * Every test a server adapter runs that is not about its own server: subclass it in the adapter's tests, name the
 * adapter, and fill in the few things adapters legitimately say differently.
 *
 * <pre>{@code
 * class JettyAdapterKitTest extends AdapterTestKit {
 *     protected String serverName() { return "jetty"; }
 *     protected String bannerTail() { return "Jetty 12\\.\\d+\\.\\d+ \\(Ctrl-C to stop\\)"; }
 *     protected String ioThreadName() { return "jango-jetty"; }
 * }
 * }</pre>
 *
 * <p>Each {@link Section} is a nested class whose tests start servers through {@link #start} (by default
 * {@link Servers}, that is the adapter's {@link dev.jango.gateway.server.ServerProvider}) from a
 * {@link ServerConfig} on 127.0.0.1, port 0, and stop them after each test. An adapter that cannot honour a section
 * says so in {@link #notApplicable}: its tests are then skipped (aborted) with that reason, visible in the report.
 */
public abstract class AdapterTestKit {

    /** The parts of the kit, each one nested class; an adapter may declare any of them not applicable. */
    public enum Section {
        /** The port, the banner, the application started before the first call and stopped once, join, busy port. */
        LIFECYCLE,
        /** A graceful stop finishes in-flight requests (new ones get 503), and cuts off those past the timeout. */
        GRACEFUL_DRAIN,
        /** Head and body size limits (431 or 400, 413), the idle timeout on connections and on bodies (408). */
        LIMITS,
        /** Pipelining, 100-continue, Date and no server software on responses, a header with a line break (500). */
        REQUESTS,
        /**
         * HTTP/1.x status lines with the gateway's standard reason phrases and the application's own; an adapter whose
         * container writes its own status lines (a Servlet 6 container cannot set a reason phrase) declares it not
         * applicable.
         */
        REASON_PHRASES,
        /** The application mounted under a script name; paths outside it get 404. */
        MOUNT,
        /** HTTPS with HTTP/1.1 and h2 (ALPN), h2c by upgrade and by prior knowledge, key store errors. */
        TLS_AND_HTTP2,
        /** A request body read only as fast as the application reads; a response written only as fast as sent. */
        BACKPRESSURE,
        /** Request threads started inline on the I/O thread (the default) or on the JDK's scheduler. */
        REQUEST_THREADS,
        /** The adapter found by {@link Servers} as the only one on the class path. */
        DISCOVERY,
        /** {@link GatewayConformanceSuite} over HTTP/1.1. */
        CONFORMANCE,
        /** {@link GatewayConformanceSuite} again with HTTP/2 (h2c) on beside HTTP/1.1. */
        CONFORMANCE_H2C,
        /** {@link GatewayConformanceSuite} again with request threads started on the JDK's scheduler. */
        CONFORMANCE_STANDARD_THREADS
    }

    /** For subclasses. */
    protected AdapterTestKit() {}

    // --- what the adapter says --------------------------------------------------------------------------------

    /** The adapter's {@link dev.jango.gateway.server.ServerProvider#name()}: {@code "jetty"}, {@code "netty"}. */
    protected abstract String serverName();

    /**
     * A regular expression for what the adapter's banner says after {@code "Jango serving at <uri> on "}: its
     * server software and version, for example {@code "Jetty 12\\.\\d+\\.\\d+ \\(Ctrl-C to stop\\)"}.
     */
    protected abstract String bannerTail();

    /**
     * The name the adapter gives its I/O threads (Jetty's pool, Netty's event loops), as it appears in a virtual
     * thread's {@code toString()} after the {@code @} when the request thread runs on one: {@code "jango-jetty"}.
     * Request threads started inline show it; those started on the JDK's scheduler must not.
     */
    protected abstract String ioThreadName();

    /**
     * The start of the message of the {@link java.io.IOException} the application's body read fails with when a
     * request body stops arriving for {@code idleTimeout}. By default anything: the kit then checks only that the
     * read failed and the client got 408.
     */
    protected String bodyTimeoutMessage(Duration idleTimeout) {
        return "";
    }

    /**
     * Why {@code section} does not apply to this adapter, or empty when it does (the default for every section).
     * Give a precise reason, such as "the container owns TLS"; it shows on each skipped test.
     */
    protected Optional<String> notApplicable(Section section) {
        return Optional.empty();
    }

    /**
     * Start {@code app} on this adapter as {@code config} says (its {@code server} is {@link #serverName()}); return
     * once it accepts connections. By default {@link Servers#start}; a container-hosted adapter deploys instead.
     * The kit stops the server after the test.
     */
    protected Server start(Application app, ServerConfig config) {
        return Servers.start(app, config);
    }

    // --- the sections ----------------------------------------------------------------------------------------

    @Nested
    class Lifecycle extends LifecycleSection {
        Lifecycle() {
            super(AdapterTestKit.this);
        }
    }

    @Nested
    class GracefulDrain extends DrainSection {
        GracefulDrain() {
            super(AdapterTestKit.this);
        }
    }

    @Nested
    class RequestLimits extends LimitsSection {
        RequestLimits() {
            super(AdapterTestKit.this);
        }
    }

    @Nested
    class Requests extends RequestsSection {
        Requests() {
            super(AdapterTestKit.this);
        }
    }

    @Nested
    class StatusLines extends ReasonPhraseSection {
        StatusLines() {
            super(AdapterTestKit.this);
        }
    }

    @Nested
    class Mount extends MountSection {
        Mount() {
            super(AdapterTestKit.this);
        }
    }

    @Nested
    class TlsAndHttp2 extends TlsAndHttp2Section {
        TlsAndHttp2() {
            super(AdapterTestKit.this);
        }
    }

    @Nested
    class Backpressure extends BackpressureSection {
        Backpressure() {
            super(AdapterTestKit.this);
        }
    }

    @Nested
    class RequestThreads extends RequestThreadsSection {
        RequestThreads() {
            super(AdapterTestKit.this);
        }
    }

    @Nested
    class Discovery extends DiscoverySection {
        Discovery() {
            super(AdapterTestKit.this);
        }
    }

    @Nested
    class Conformance extends GatewayConformanceSuite {
        @BeforeEach
        void skipUnlessApplicable() {
            skipUnless(Section.CONFORMANCE);
        }

        @Override
        protected RunningServer start(Application app, Limits limits) {
            return conformanceServer(app, limits, UnaryOperator.identity());
        }
    }

    @Nested
    class H2cConformance extends GatewayConformanceSuite {
        @BeforeEach
        void skipUnlessApplicable() {
            skipUnless(Section.CONFORMANCE_H2C);
        }

        @Override
        protected RunningServer start(Application app, Limits limits) {
            return conformanceServer(app, limits, config -> config.withHttp2(true));
        }
    }

    @Nested
    class StandardThreadsConformance extends GatewayConformanceSuite {
        @BeforeEach
        void skipUnlessApplicable() {
            skipUnless(Section.CONFORMANCE_STANDARD_THREADS);
        }

        @Override
        protected RunningServer start(Application app, Limits limits) {
            return conformanceServer(app, limits, config -> config.withInlineStart(false));
        }
    }

    // --- for the sections ------------------------------------------------------------------------------------

    /** Abort the running test, as skipped with the adapter's reason, when {@code section} does not apply. */
    final void skipUnless(Section section) {
        notApplicable(section).ifPresent(reason -> Assumptions.abort(serverName() + ": " + reason));
    }

    /**
     * What every kit server starts from: this adapter, 127.0.0.1 on a free port, no banner, 5 s to shut down, and
     * otherwise {@link ServerConfig#defaults()}.
     */
    final ServerConfig baseConfig() {
        return ServerConfig.defaults().withServer(serverName()).withAddress("127.0.0.1", 0).withBanner(line -> {})
                .withShutdownTimeout(Duration.ofSeconds(5));
    }

    private RunningServer conformanceServer(Application app, Limits limits, UnaryOperator<ServerConfig> variant) {
        Server server = start(app, variant.apply(baseConfig()
                .withLimits(limits.maxRequestHeaderSize(), limits.maxRequestBodySize())));
        return new RunningServer() {
            @Override
            public int port() {
                return server.port();
            }

            @Override
            public void close() {
                server.stop();
            }
        };
    }
}
