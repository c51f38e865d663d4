package dev.jango.server.netty;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.HttpResponseEncoder;
import io.netty.handler.codec.http.HttpServerUpgradeHandler;
import io.netty.handler.codec.http2.Http2FrameCodec;
import io.netty.handler.codec.http2.Http2FrameCodecBuilder;
import io.netty.handler.codec.http2.Http2MultiplexHandler;
import io.netty.handler.codec.http2.Http2ServerUpgradeCodec;
import io.netty.handler.codec.http2.Http2Settings;
import io.netty.handler.codec.http2.Http2StreamChannel;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.handler.timeout.IdleStateHandler;
import java.util.concurrent.TimeUnit;
import io.netty.util.AsciiString;
import io.netty.util.ReferenceCountUtil;

/**
 * The handlers that make a connection speak HTTP/2: Netty's frame codec and stream multiplexer, each stream
 * served by an {@link Http2StreamHandler}; and the helpers for the h2c upgrade from HTTP/1.1, where Netty's
 * {@link HttpServerUpgradeHandler} answers 101 and hands the upgrading request to stream 1.
 */
final class Http2Setup {

    private static final String ENCODER = "h2c-encoder";
    private static final String UPGRADE = "h2c-upgrade";
    private static final String REFUSED = "h2c-refused";

    private Http2Setup() {}

    /** Put HTTP/2 after the handler called {@code name} (prior knowledge). */
    static void addAfter(ChannelPipeline pipeline, String name, Gateway gateway, boolean secure) {
        Http2FrameCodec codec = codec(gateway);
        pipeline.addAfter(name, "h2", codec);
        pipeline.addAfter("h2", "h2-idle", new IdleCloser(codec, gateway));
        pipeline.addAfter("h2-idle", "h2-mux", mux(gateway, secure));
    }

    /** Put HTTP/2 at the end (negotiated by ALPN). */
    static void addLast(ChannelPipeline pipeline, Gateway gateway, boolean secure) {
        Http2FrameCodec codec = codec(gateway);
        pipeline.addLast("h2", codec);
        pipeline.addLast("h2-idle", new IdleCloser(codec, gateway));
        pipeline.addLast("h2-mux", mux(gateway, secure));
    }

    /** Put the h2c upgrade helpers after {@code name}, the HTTP/1 connection upgrading. */
    static void addUpgrade(ChannelPipeline pipeline, String name, HttpServerUpgradeHandler.SourceCodec source,
            Gateway gateway) {
        pipeline.addAfter(name, ENCODER, new HttpResponseEncoder());
        pipeline.addAfter(ENCODER, UPGRADE, new HttpServerUpgradeHandler(source, protocol -> {
            if (!AsciiString.contentEquals("h2c", protocol)) {
                return null;
            }
            Http2FrameCodec codec = codec(gateway);
            return new Http2ServerUpgradeCodec(codec, new IdleCloser(codec, gateway), mux(gateway, false));
        }));
        pipeline.addAfter(UPGRADE, REFUSED, new UpgradeRefused());
    }

    /** Remove the helpers only the upgrade itself needed. */
    static void removeUpgradeHelpers(ChannelPipeline pipeline) {
        pipeline.remove(ENCODER);
        pipeline.remove(REFUSED);
    }

    private static Http2FrameCodec codec(Gateway gateway) {
        return Http2FrameCodecBuilder.forServer()
                .initialSettings(Http2Settings.defaultSettings().maxHeaderListSize(Math.max(gateway.maxHeadSize, 4096))
                        .maxConcurrentStreams(256))
                .validateHeaders(true)
                .build();
    }

    private static Http2MultiplexHandler mux(Gateway gateway, boolean secure) {
        return new Http2MultiplexHandler(new ChannelInitializer<Http2StreamChannel>() {
            @Override
            protected void initChannel(Http2StreamChannel stream) {
                stream.pipeline().addLast(new Http2StreamHandler(gateway, secure));
            }
        });
    }

    /** Closes an HTTP/2 connection that sat idle (no frame in or out for the idle timeout) with no stream open. */
    private static final class IdleCloser extends IdleStateHandler {
        private final Http2FrameCodec codec;

        IdleCloser(Http2FrameCodec codec, Gateway gateway) {
            super(0, 0, gateway.idleTimeoutNanos, TimeUnit.NANOSECONDS);
            this.codec = codec;
        }

        @Override
        protected void channelIdle(ChannelHandlerContext ctx, IdleStateEvent event) {
            if (codec.connection().numActiveStreams() == 0) {
                ctx.close();
            }
        }
    }

    /** An upgrade request Netty would not upgrade (say, malformed HTTP2-Settings): 400, then close. */
    private static final class UpgradeRefused extends ChannelInboundHandlerAdapter {
        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ReferenceCountUtil.release(msg);
            // from the first handler on: the HTTP/1 response encoder in between takes no raw bytes
            ctx.pipeline().firstContext().writeAndFlush(Http1Heads.refusal(ctx.alloc(), 400))
                    .addListener(ChannelFutureListener.CLOSE);
        }
    }
}
