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
 * Sets up each accepted connection for the server's protocol choice: HTTP/1.1 on Netty's codec (with h2c by
 * prior knowledge or upgrade when HTTP/2 is on), or TLS then HTTP/1.1, or TLS then h2 or HTTP/1.1 as ALPN decides.
 * Every connection is closed after the idle timeout with no bytes moving and no exchange in flight (HTTP/1: see
 * {@link Http1Connection}; HTTP/2: Netty's idle handler, added with the HTTP/2 handlers), and is tracked for a
 * graceful stop. A TLS handshake that does not finish is cut off by the TLS handler's own timeout.
 */
final class Connections extends ChannelInitializer<SocketChannel> {

    private final ServerState server;
    private final SslContext tls;
    private final ChannelGroup open;

    Connections(ServerState server, SslContext tls, ChannelGroup open) {
        this.server = server;
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
            addHttp1(pipeline, false);
        } else if (!server.http2) {
            addHttp1(pipeline, true);
        } else {
            pipeline.addLast("alpn", new ApplicationProtocolNegotiationHandler(ApplicationProtocolNames.HTTP_1_1) {
                @Override
                protected void configurePipeline(ChannelHandlerContext ctx, String protocol) {
                    if (ApplicationProtocolNames.HTTP_2.equals(protocol)) {
                        Http2Setup.addLast(ctx.pipeline(), server, true);
                    } else {
                        addHttp1(ctx.pipeline(), true);
                    }
                }
            });
        }
    }

    /**
     * Netty's HTTP/1 decoder and encoder, and the connection handler, which validates each request itself and
     * closes the connection when idle; on plain connections with HTTP/2 on, the prior-knowledge check before, and
     * the validator as a handler with Netty's upgrade handler after it (so an upgrade request is validated too);
     * over TLS, the handler that writes files in chunks (after the encoder, which frames them). As few handlers
     * as that: each is a hop for every message of every request.
     */
    private void addHttp1(ChannelPipeline pipeline, boolean secure) {
        boolean h2c = server.http2 && !secure;
        if (h2c) {
            pipeline.addLast(Http2Setup.PREFACE, new Http2Setup.PriorKnowledge(server));
        }
        RequestValidator validator = new RequestValidator(server.maxBodySize);
        Http1Connection connection = new Http1Connection(server, secure, h2c ? null : validator);
        Http1Codec.addCodec(pipeline, server.maxHeadSize);
        if (h2c) {
            pipeline.addLast(Http1Codec.VALIDATOR, validator);
            pipeline.addLast(Http2Setup.UPGRADE, Http2Setup.upgradeHandler(new Http1Codec(), connection, server));
        }
        if (secure) {
            pipeline.addLast("chunked-files", new ChunkedWriteHandler());
        }
        pipeline.addLast(Http1Codec.CONNECTION, connection);
    }
}
