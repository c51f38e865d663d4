package dev.jango.server.netty;

/** The whole conformance suite again with every request handed to the JDK's virtual-thread scheduler. */
class NettyStandardThreadsConformanceTest extends NettyConformanceTest {

    @Override
    NettyServer.Builder configure(NettyServer.Builder builder) {
        return builder.inlineStart(false);
    }
}
