package dev.jango.server.netty;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.ssl.ApplicationProtocolNames;
import io.netty.handler.ssl.ApplicationProtocolNegotiationHandler;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.stream.ChunkedWriteHandler;

/**
 * Sets up each accepted connection for the server's protocol choice: HTTP/1.1 (with h2c detection when HTTP/2
 * is on), or TLS then HTTP/1.1, or TLS then h2 or HTTP/1.1 as ALPN decides. Every connection is closed after
 * the idle timeout with no bytes moving and no exchange in flight (HTTP/1.x connections time themselves, HTTP/2
 * ones by an idle handler; a TLS handshake is bounded by Netty's handshake timeout), and is tracked for a
 * graceful stop.
 */
final class Connections extends ChannelInitializer<SocketChannel> {

    private final Gateway gateway;
    private final SslContext tls;
    private final ChannelGroup open;

    Connections(Gateway gateway, SslContext tls, ChannelGroup open) {
        this.gateway = gateway;
        this.tls = tls;
        this.open = open;
    }

    @Override
    protected void initChannel(SocketChannel channel) {
        open.add(channel);
        ChannelPipeline pipeline = channel.pipeline();
        if (tls != null) {
            pipeline.addLast("tls", tls.newHandler(channel.alloc()));
        }
        if (tls == null) {
            pipeline.addLast("http1", new Http1Connection(gateway, false));
        } else if (!gateway.http2) {
            addSecureHttp1(pipeline);
        } else {
            pipeline.addLast("alpn", new ApplicationProtocolNegotiationHandler(ApplicationProtocolNames.HTTP_1_1) {
                @Override
                protected void configurePipeline(ChannelHandlerContext ctx, String protocol) {
                    if (ApplicationProtocolNames.HTTP_2.equals(protocol)) {
                        Http2Setup.addLast(ctx.pipeline(), gateway, true);
                    } else {
                        addSecureHttp1(ctx.pipeline());
                    }
                }
            });
        }
    }

    private void addSecureHttp1(ChannelPipeline pipeline) {
        pipeline.addLast("chunked-files", new ChunkedWriteHandler());
        pipeline.addLast("http1", new Http1Connection(gateway, true));
    }
}
