/**
 * The faster embedded server for Jango: Netty's event loops move the bytes, and each request of a
 * {@link dev.jango.gateway.Application} runs on its own virtual thread. Registered as the {@code netty}
 * {@link dev.jango.gateway.server.ServerProvider}.
 */
module dev.jango.server.netty {
    requires transitive dev.jango.gateway;
    requires transitive dev.jango.server.support; // NettyServer.Builder extends its ServerBuilder
    requires io.netty.common;
    requires io.netty.buffer;
    requires io.netty.transport;
    requires io.netty.transport.classes.epoll;
    requires io.netty.handler;
    requires io.netty.codec;
    requires io.netty.codec.http;
    requires io.netty.codec.http2;
    requires org.slf4j;

    exports dev.jango.server.netty;

    provides dev.jango.gateway.server.ServerProvider with dev.jango.server.netty.NettyServerProvider;
}
