package dev.jango.server.jetty;

import dev.jango.gateway.Application;
import dev.jango.gateway.tck.GatewayConformanceSuite;
import dev.jango.gateway.tck.Limits;
import dev.jango.gateway.tck.RunningServer;
import java.time.Duration;

class JettyConformanceTest extends GatewayConformanceSuite {

    @Override
    protected RunningServer start(Application app, Limits limits) {
        JettyServer server = configure(JettyServer.builder(app))
                .host("127.0.0.1")
                .port(0)
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

    /** Adapter options a variant of this suite turns on. */
    JettyServer.Builder configure(JettyServer.Builder builder) {
        return builder;
    }
}
