package dev.jango.server.netty;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.CombinedChannelDuplexHandler;
import io.netty.handler.codec.http.HttpResponseEncoder;
import io.netty.handler.codec.http.HttpServerUpgradeHandler;

/**
 * Netty's HTTP/1.x server codec for one connection: the {@link StrictRequestDecoder} and Netty's
 * {@link HttpResponseEncoder}, as {@link io.netty.handler.codec.http.HttpServerCodec} combines them (which cannot
 * take another decoder). On an h2c upgrade it leaves the pipeline together with the HTTP/1 handlers after it.
 */
final class Http1Codec extends CombinedChannelDuplexHandler<StrictRequestDecoder, HttpResponseEncoder>
        implements HttpServerUpgradeHandler.SourceCodec {

    static final String NAME = "http1-codec";
    static final String VALIDATOR = "http1-validator";
    static final String CONNECTION = "http1";

    Http1Codec(int maxHeadSize) {
        super(new StrictRequestDecoder(maxHeadSize), new HttpResponseEncoder());
    }

    @Override
    public void upgradeFrom(ChannelHandlerContext ctx) {
        ChannelPipeline pipeline = ctx.pipeline();
        pipeline.remove(VALIDATOR);
        pipeline.remove(CONNECTION);
        pipeline.remove(this);
    }
}
