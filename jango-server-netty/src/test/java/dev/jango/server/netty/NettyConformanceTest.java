package dev.jango.server.netty;

import dev.jango.gateway.Application;
import dev.jango.gateway.tck.GatewayConformanceSuite;
import dev.jango.gateway.tck.Limits;
import dev.jango.gateway.tck.RunningServer;
import java.time.Duration;

/** The whole gateway conformance suite over Netty, HTTP/1.1 only. */
class NettyConformanceTest extends GatewayConformanceSuite {

    @Override
    protected RunningServer start(Application app, Limits limits) {
        NettyServer server = configure(NettyServer.builder(app))
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
    NettyServer.Builder configure(NettyServer.Builder builder) {
        return builder;
    }
}
