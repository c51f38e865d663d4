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
import io.netty.handler.timeout.IdleStateHandler;
import java.util.concurrent.TimeUnit;

/**
 * Sets up each accepted connection for the server's protocol choice: HTTP/1.1 on Netty's codec (with h2c by
 * prior knowledge or upgrade when HTTP/2 is on), or TLS then HTTP/1.1, or TLS then h2 or HTTP/1.1 as ALPN decides. Every connection is closed after
 * the idle timeout with no bytes moving and no exchange in flight, and is tracked for a graceful stop.
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
        pipeline.addLast("idle", new IdleStateHandler(0, 0, gateway.idleTimeoutNanos, TimeUnit.NANOSECONDS));
        if (tls == null) {
            addHttp1(pipeline, false);
        } else if (!gateway.http2) {
            addHttp1(pipeline, true);
        } else {
            pipeline.addLast("alpn", new ApplicationProtocolNegotiationHandler(ApplicationProtocolNames.HTTP_1_1) {
                @Override
                protected void configurePipeline(ChannelHandlerContext ctx, String protocol) {
                    if (ApplicationProtocolNames.HTTP_2.equals(protocol)) {
                        Http2Setup.addLast(ctx.pipeline(), gateway, true);
                    } else {
                        addHttp1(ctx.pipeline(), true);
                    }
                }
            });
        }
    }

    /**
     * Netty's HTTP/1 codec, the validator, and the connection handler; on plain connections with HTTP/2 on,
     * the prior-knowledge check before and Netty's upgrade handler after the validator; over TLS, the handler
     * that writes files in chunks (after the codec, which frames them).
     */
    private void addHttp1(ChannelPipeline pipeline, boolean secure) {
        boolean h2c = gateway.http2 && !secure;
        if (h2c) {
            pipeline.addLast(Http2Setup.PREFACE, new Http2Setup.PriorKnowledge(gateway));
        }
        Http1Codec codec = new Http1Codec(gateway.maxHeadSize);
        Http1Connection connection = new Http1Connection(gateway, secure);
        pipeline.addLast(Http1Codec.NAME, codec);
        pipeline.addLast(Http1Codec.VALIDATOR, new RequestValidator(gateway.maxBodySize));
        if (h2c) {
            pipeline.addLast(Http2Setup.UPGRADE, Http2Setup.upgradeHandler(codec, connection, gateway));
        }
        if (secure) {
            pipeline.addLast("chunked-files", new ChunkedWriteHandler());
        }
        pipeline.addLast(Http1Codec.CONNECTION, connection);
    }
}
