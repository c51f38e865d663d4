package dev.jango.server.netty;

/** The whole conformance suite again with HTTP/2 (h2c by upgrade or prior knowledge) on beside HTTP/1.1. */
class NettyH2cConformanceTest extends NettyConformanceTest {

    @Override
    NettyServer.Builder configure(NettyServer.Builder builder) {
        return builder.http2(true);
    }
}
