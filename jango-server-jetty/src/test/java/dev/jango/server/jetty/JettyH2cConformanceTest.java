package dev.jango.server.jetty;

import dev.jango.gateway.Application;
import dev.jango.gateway.tck.GatewayConformanceSuite;
import dev.jango.gateway.tck.Limits;
import dev.jango.gateway.tck.RunningServer;
import java.time.Duration;

/** The whole conformance suite again with HTTP/2 (h2c) enabled beside HTTP/1.1 on the same port. */
class JettyH2cConformanceTest extends GatewayConformanceSuite {

    @Override
    protected RunningServer start(Application app, Limits limits) {
        JettyServer server = JettyServer.builder(app).host("127.0.0.1").port(0).http2(true)
                .maxRequestHeaderSize(limits.maxRequestHeaderSize())
                .maxRequestBodySize(limits.maxRequestBodySize())
                .shutdownTimeout(Duration.ofSeconds(5))
                .banner(line -> {})
                .build()
                .start();
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
