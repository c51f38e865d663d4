package dev.jango.server.netty;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.HttpResponseEncoder;
import io.netty.handler.codec.http.HttpServerUpgradeHandler;

/**
 * The HTTP/1.x handlers of one connection, by name: the {@link StrictRequestDecoder}, Netty's
 * {@link HttpResponseEncoder} (for streamed and file responses; whole ones are written past it), the
 * {@link RequestValidator} when it runs as a handler of its own (before the h2c upgrade handler), and the
 * {@link Http1Connection}. As the upgrade's source codec it takes them all out of the pipeline when a request
 * upgrades to h2c.
 */
final class Http1Codec implements HttpServerUpgradeHandler.SourceCodec {

    static final String DECODER = "http1-decoder";
    static final String ENCODER = "http1-encoder";
    static final String VALIDATOR = "http1-validator";
    static final String CONNECTION = "http1";

    /** Add decoder and encoder for a head limit of {@code maxHeadSize} bytes. */
    static void addCodec(ChannelPipeline pipeline, int maxHeadSize) {
        pipeline.addLast(DECODER, new StrictRequestDecoder(maxHeadSize));
        pipeline.addLast(ENCODER, new HttpResponseEncoder());
    }

    /** Take the HTTP/1 handlers out of {@code pipeline} (those that are there). */
    static void removeAll(ChannelPipeline pipeline) {
        for (String name : new String[] {DECODER, ENCODER, VALIDATOR, CONNECTION}) {
            if (pipeline.get(name) != null) {
                pipeline.remove(name);
            }
        }
    }

    @Override
    public void upgradeFrom(ChannelHandlerContext ctx) {
        removeAll(ctx.pipeline());
    }
}
