package dev.jango.gateway.tck;

/**
 * The conformance suite every Jango server adapter runs. An adapter normally runs it through
 * {@code dev.jango.gateway.tck.kit.AdapterTestKit}, which starts it three times from the adapter's name (HTTP/1.1,
 * with h2c, with request threads on the JDK's scheduler); to run it on its own, subclass it and implement
 * {@link #start}.
 *
 * <pre>{@code
 * class MyServerConformanceTest extends GatewayConformanceSuite {
 *     @Override
 *     protected RunningServer start(Application app, Limits limits) {
 *         Server server = Servers.start(app, ServerConfig.defaults().withServer("my").withAddress("127.0.0.1", 0)
 *                 .withLimits(limits.maxRequestHeaderSize(), limits.maxRequestBodySize()).withBanner(line -> {}));
 *         return new RunningServer() { ... server.port() ... server.stop() ... };
 *     }
 * }
 * }</pre>
 *
 * <p>All tests talk to the server over real sockets on 127.0.0.1, with a timeout on every read. They cover,
 * by theme: framing and what a request carries ({@link FramingConformance}), request and response bodies
 * ({@link BodyConformance}), failures on either side ({@link FaultConformance}), and hostile input within
 * {@link Limits#SMALL} ({@link HostileFixture} says what every such case checks): request lines and header
 * fields ({@link HostileHeadConformance}), framing and bodies ({@link HostileBodyConformance}), targets,
 * queries and hosts, with a bound on live heap growth ({@link HostilePathConformance}). Every application
 * served is wrapped in {@link dev.jango.gateway.GatewayLint}, so each test also fails on any broken rule of the
 * contract, and in a tracker that checks {@code start()}, {@code stop()} and each completion are called
 * exactly once.
 * The themes are one inheritance chain only so that a single subclass runs them all.
 */
public abstract class GatewayConformanceSuite extends HostilePathConformance {

    /** For subclasses. */
    protected GatewayConformanceSuite() {}
}
