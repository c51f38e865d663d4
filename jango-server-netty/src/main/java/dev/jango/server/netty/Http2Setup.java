package dev.jango.server.netty;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpServerUpgradeHandler;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http2.Http2CodecUtil;
import io.netty.handler.codec.http2.Http2FrameCodec;
import io.netty.handler.codec.http2.Http2FrameCodecBuilder;
import io.netty.handler.codec.http2.Http2MultiplexHandler;
import io.netty.handler.codec.http2.Http2ServerUpgradeCodec;
import io.netty.handler.codec.http2.Http2Settings;
import io.netty.handler.codec.http2.Http2StreamChannel;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.AsciiString;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The handlers that make a connection speak HTTP/2: Netty's frame codec and stream multiplexer, each stream
 * served by an {@link Http2StreamHandler}. On plain connections (h2c) a client may start with the HTTP/2
 * preface ({@link PriorKnowledge}), or ask an HTTP/1.1 request to upgrade, which Netty's
 * {@link HttpServerUpgradeHandler} answers with 101 before handing the request to stream 1.
 */
final class Http2Setup {

    static final String UPGRADE = "h2c-upgrade";
    static final String PREFACE = "h2c-preface";

    private Http2Setup() {}

    /** Put HTTP/2 at the end (negotiated by ALPN). */
    static void addLast(ChannelPipeline pipeline, ServerState server, boolean secure) {
        Http2FrameCodec codec = codec(server);
        pipeline.addLast("h2", codec);
        pipeline.addLast("idle", idle(server));
        pipeline.addLast("h2-mux", mux(server, secure));
        pipeline.addLast("h2-idle", new IdleCloser(codec));
    }

    /**
     * The h2c upgrade handler for a plain connection: it takes over upgrade requests without a body that arrive
     * while {@code connection} has nothing in flight (so answers stay in order); others are HTTP/1.1 requests.
     */
    static HttpServerUpgradeHandler upgradeHandler(HttpServerUpgradeHandler.SourceCodec source,
            Http1Connection connection, ServerState server) {
        return new HttpServerUpgradeHandler(source, protocol -> {
            if (!AsciiString.contentEquals(Http2CodecUtil.HTTP_UPGRADE_PROTOCOL_NAME, protocol)) {
                return null;
            }
            Http2FrameCodec codec = codec(server);
            return new Http2ServerUpgradeCodec(codec, idle(server), mux(server, false), new IdleCloser(codec));
        }, 0) {
            @Override
            protected boolean shouldHandleUpgradeRequest(HttpRequest request) {
                return connection.idle() && !HttpUtil.isTransferEncodingChunked(request)
                        && HttpUtil.getContentLength(request, 0L) == 0 && super.shouldHandleUpgradeRequest(request);
            }
        };
    }

    /** Netty's idle handler, between frame codec and multiplexer: it sees every frame read and written. */
    private static IdleStateHandler idle(ServerState server) {
        return new IdleStateHandler(0, 0, server.idleTimeoutNanos, TimeUnit.NANOSECONDS);
    }

    private static Http2FrameCodec codec(ServerState server) {
        return Http2FrameCodecBuilder.forServer()
                .initialSettings(Http2Settings.defaultSettings().maxHeaderListSize(Math.max(server.maxHeadSize, 4096))
                        .maxConcurrentStreams(256))
                .validateHeaders(true)
                .build();
    }

    private static Http2MultiplexHandler mux(ServerState server, boolean secure) {
        return new Http2MultiplexHandler(new ChannelInitializer<Http2StreamChannel>() {
            @Override
            protected void initChannel(Http2StreamChannel stream) {
                stream.pipeline().addLast(new Http2StreamHandler(server, secure));
            }
        });
    }

    /**
     * First on a plain h2c connection: when the client's first bytes are the HTTP/2 connection preface, the
     * HTTP/1 handlers make way for HTTP/2; as soon as they are not, this handler leaves. Only compares bytes.
     */
    static final class PriorKnowledge extends ByteToMessageDecoder {
        private static final ByteBuf CONNECTION_PREFACE = Http2CodecUtil.connectionPrefaceBuf();
        private final ServerState server;

        PriorKnowledge(ServerState server) {
            this.server = server;
        }

        @Override
        protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
            int compare = Math.min(in.readableBytes(), CONNECTION_PREFACE.readableBytes());
            if (!ByteBufUtil.equals(CONNECTION_PREFACE, CONNECTION_PREFACE.readerIndex(), in, in.readerIndex(),
                    compare)) {
                ctx.pipeline().remove(this);
            } else if (compare == CONNECTION_PREFACE.readableBytes()) {
                ChannelPipeline pipeline = ctx.pipeline();
                Http1Codec.removeAll(pipeline);
                pipeline.remove(UPGRADE);
                Http2FrameCodec codec = codec(server);
                pipeline.addAfter(ctx.name(), "h2", codec);
                pipeline.addAfter("h2", "idle", idle(server));
                pipeline.addAfter("idle", "h2-mux", mux(server, false));
                pipeline.addAfter("h2-mux", "h2-idle", new IdleCloser(codec));
                pipeline.remove(this);
            }
        }
    }

    /** Closes an HTTP/2 connection that sat idle with no stream open. */
    private static final class IdleCloser extends ChannelInboundHandlerAdapter {
        private final Http2FrameCodec codec;

        IdleCloser(Http2FrameCodec codec) {
            this.codec = codec;
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
            if (event instanceof IdleStateEvent) {
                if (codec.connection().numActiveStreams() == 0) {
                    ctx.close();
                }
            } else {
                ctx.fireUserEventTriggered(event);
            }
        }
    }
}
