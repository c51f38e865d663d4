package dev.jango.server.netty;

import dev.jango.gateway.Body;
import dev.jango.gateway.GatewayRequest;
import dev.jango.gateway.Headers;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.DefaultFileRegion;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.HttpChunkedInput;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.stream.ChunkedNioFile;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;

/**
 * An exchange on an HTTP/1.x connection, written as Netty's HTTP messages for its response encoder: a whole
 * response as one {@link DefaultFullHttpResponse} in one {@code writeAndFlush}, streams of unknown length chunked
 * on HTTP/1.1 (close-delimited on HTTP/1.0), files by {@link DefaultFileRegion} ({@code sendfile}) on plain
 * connections and {@link ChunkedNioFile} over TLS. The connection stays open after the response unless the
 * request or the application asked to close, the request body was not read whole, the server is stopping, or
 * the response failed.
 */
final class Http1Exchange extends Exchange {

    private static final int FILE_PIECE = 64 * 1024;

    private final Http1Connection connection;
    private final ChannelHandlerContext ctx;
    private final HttpVersion version;
    private final boolean keepAlive;
    private final boolean secure;
    /** Set on the event loop when the request body has arrived whole. */
    volatile boolean requestComplete;
    private boolean close;

    Http1Exchange(Http1Connection connection, ChannelHandlerContext ctx, WritabilityGate gate, GatewayRequest request,
            RequestBody body, boolean http11, boolean keepAlive, boolean secure) {
        super(connection.gateway, ctx.channel(), gate, request, body);
        this.connection = connection;
        this.ctx = ctx;
        this.version = http11 ? HttpVersion.HTTP_1_1 : HttpVersion.HTTP_1_0;
        this.keepAlive = keepAlive;
        this.secure = secure;
        this.requestComplete = body == null;
    }

    private boolean closeAfter() {
        return !keepAlive || !requestComplete || gateway.draining();
    }

    private boolean http11() {
        return version == HttpVersion.HTTP_1_1;
    }

    @Override
    ChannelFuture writeWhole(int status, Headers headers, ByteBuf content, boolean bodiless, boolean close) {
        Responses.Head head;
        try {
            head = Responses.head(http11(), headers, bodiless ? -1 : content.readableBytes(), false,
                    close || closeAfter());
        } catch (RuntimeException e) {
            content.release();
            throw e; // nothing is written: the exchange can still answer 500
        }
        commit();
        this.close = head.close();
        return ctx.writeAndFlush(new DefaultFullHttpResponse(version, Responses.status(status), content,
                head.fields(), Responses.NO_TRAILERS));
    }

    @Override
    ChannelFuture writeStart(int status, Headers headers, long length, ByteBuf first) {
        boolean chunked = length < 0 && http11();
        Responses.Head head;
        try {
            head = Responses.head(http11(), headers, length, chunked, closeAfter() || length < 0 && !http11());
        } catch (RuntimeException e) {
            first.release();
            throw e;
        }
        commit();
        close = head.close();
        watch(ctx.write(new DefaultHttpResponse(version, Responses.status(status), head.fields())));
        return watch(ctx.writeAndFlush(new DefaultHttpContent(first)));
    }

    @Override
    ChannelFuture writeChunk(ByteBuf chunk) {
        return watch(ctx.writeAndFlush(new DefaultHttpContent(chunk)));
    }

    @Override
    ChannelFuture writeEnd() {
        return ctx.writeAndFlush(LastHttpContent.EMPTY_LAST_CONTENT);
    }

    @Override
    ByteBuf newChunk(int capacity) {
        return ctx.alloc().buffer(capacity);
    }

    @Override
    ChannelFuture writeFile(int status, Headers headers, Body.File file) throws IOException {
        FileChannel content = FileChannel.open(file.path(), StandardOpenOption.READ);
        Responses.Head head;
        try {
            head = Responses.head(http11(), headers, file.length(), false, closeAfter());
        } catch (RuntimeException e) {
            content.close();
            throw e;
        }
        commit();
        close = head.close();
        watch(ctx.write(new DefaultHttpResponse(version, Responses.status(status), head.fields())));
        if (secure) {
            return ctx.writeAndFlush(new HttpChunkedInput(
                    new ChunkedNioFile(content, file.offset(), file.length(), FILE_PIECE)));
        }
        watch(ctx.write(new DefaultFileRegion(content, file.offset(), file.length())));
        return ctx.writeAndFlush(LastHttpContent.EMPTY_LAST_CONTENT);
    }

    @Override
    void responded(boolean success) {
        connection.responded(this, success && !close);
    }
}
