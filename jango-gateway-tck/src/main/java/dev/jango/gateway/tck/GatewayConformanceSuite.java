package dev.jango.gateway.tck;

/**
 * The conformance suite every Jango server adapter runs: subclass it in the adapter's tests and implement
 * {@link #start}.
 *
 * <pre>{@code
 * class JettyConformanceTest extends GatewayConformanceSuite {
 *     @Override
 *     protected RunningServer start(Application app, Limits limits) {
 *         JettyServer server = JettyServer.builder(app).host("127.0.0.1").port(0)
 *                 .maxRequestHeaderSize(limits.maxRequestHeaderSize())
 *                 .maxRequestBodySize(limits.maxRequestBodySize())
 *                 .build().start();
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
