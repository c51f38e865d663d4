package dev.jango.server.netty;

import static java.nio.charset.StandardCharsets.US_ASCII;

import dev.jango.gateway.Body;
import dev.jango.gateway.GatewayRequest;
import dev.jango.gateway.Headers;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.DefaultFileRegion;
import io.netty.handler.stream.ChunkedNioFile;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;

/**
 * An exchange on an HTTP/1.x connection: heads written by {@link Http1Heads}, a whole response in one
 * {@code writeAndFlush}, streams of unknown length chunked on HTTP/1.1 (close-delimited on HTTP/1.0), files by
 * {@link DefaultFileRegion} ({@code sendfile}) on plain connections and {@link ChunkedNioFile} over TLS. The
 * connection stays open after the response unless the request or the application asked to close, the request
 * body was not read whole, the server is stopping, or the response failed.
 */
final class Http1Exchange extends Exchange {

    private static final int HEADROOM = 8; // "3ffff\r\n" at most before a chunk
    private static final int SMALL_BODY = 512; // copied after the head instead of chained to it
    private static final ByteBuf LAST_CHUNK = Unpooled.unreleasableBuffer(
            Unpooled.directBuffer(5).writeBytes("0\r\n\r\n".getBytes(US_ASCII))).asReadOnly();

    private final Http1Connection connection;
    private final ChannelHandlerContext ctx;
    private final boolean http11;
    private final boolean keepAlive;
    private final boolean secure;
    /** Set on the event loop when the request body has arrived whole. */
    volatile boolean requestComplete;
    private boolean chunked;
    private boolean close;

    Http1Exchange(Http1Connection connection, ChannelHandlerContext ctx, WritabilityGate gate, GatewayRequest request,
            RequestBody body, RequestHead head, boolean secure) {
        super(connection.gateway, ctx.channel(), gate, request, body);
        this.connection = connection;
        this.ctx = ctx;
        this.http11 = head.http11();
        this.keepAlive = head.keepAlive;
        this.secure = secure;
        this.requestComplete = body == null;
    }

    private boolean closeAfter() {
        return !keepAlive || !requestComplete || gateway.draining();
    }

    @Override
    ChannelFuture writeWhole(int status, Headers headers, ByteBuf content, boolean bodiless, boolean close) {
        int size = content.readableBytes();
        ByteBuf head = buffer(256 + (size <= SMALL_BODY ? size : 0));
        try {
            this.close = Http1Heads.write(head, http11, status, headers, bodiless ? -1 : size, false,
                    close || closeAfter());
        } catch (RuntimeException e) {
            head.release();
            content.release();
            throw e;
        }
        commit(); // the head is well formed: from here a failure can only cut the response short
        ByteBuf message;
        if (size == 0) {
            content.release();
            message = head;
        } else if (size <= SMALL_BODY) {
            message = head.writeBytes(content);
            content.release();
        } else {
            message = Unpooled.wrappedBuffer(head, content);
        }
        return ctx.writeAndFlush(message);
    }

    /** Bodies up to {@value #SMALL_BODY} bytes are copied right after the head, without a wrapping buffer. */
    @Override
    ChannelFuture writeBytes(int status, Headers headers, Body.Bytes bytes) {
        int size = bytes.size();
        if (size > SMALL_BODY) {
            return super.writeBytes(status, headers, bytes);
        }
        ByteBuf message = buffer(256 + size);
        try {
            close = Http1Heads.write(message, http11, status, headers, size, false, closeAfter());
        } catch (RuntimeException e) {
            message.release();
            throw e;
        }
        commit(); // the head is well formed: from here a failure can only cut the response short
        return ctx.writeAndFlush(message.writeBytes(bytes.bytes(), bytes.offset(), size));
    }

    @Override
    ChannelFuture writeStart(int status, Headers headers, long length, ByteBuf first) {
        chunked = length < 0 && http11;
        ByteBuf head = buffer(256);
        try {
            close = Http1Heads.write(head, http11, status, headers, length, chunked, closeAfter() || length < 0 && !http11);
        } catch (RuntimeException e) {
            head.release();
            first.release();
            throw e;
        }
        commit(); // the head is well formed: from here a failure can only cut the response short
        return watch(ctx.writeAndFlush(Unpooled.wrappedBuffer(head, frame(first))));
    }

    @Override
    ChannelFuture writeChunk(ByteBuf chunk) {
        return watch(ctx.writeAndFlush(frame(chunk)));
    }

    @Override
    ChannelFuture writeEnd() {
        return ctx.writeAndFlush(chunked ? LAST_CHUNK.duplicate() : Unpooled.EMPTY_BUFFER);
    }

    @Override
    ByteBuf newChunk(int capacity) {
        ByteBuf chunk = buffer(HEADROOM + capacity + 2);
        return chunk.writerIndex(HEADROOM).readerIndex(HEADROOM);
    }

    /** Put the chunk-size line in the headroom and CRLF after the data, when the body is chunked. */
    private ByteBuf frame(ByteBuf chunk) {
        if (!chunked) {
            return chunk;
        }
        int size = chunk.readableBytes();
        String hex = Integer.toHexString(size);
        int at = chunk.readerIndex() - hex.length() - 2;
        chunk.setCharSequence(at, hex, US_ASCII);
        chunk.setShort(at + hex.length(), ('\r' << 8) | '\n');
        chunk.readerIndex(at);
        return chunk.writeShort(('\r' << 8) | '\n');
    }

    @Override
    ChannelFuture writeFile(int status, Headers headers, Body.File file) throws IOException {
        FileChannel content = FileChannel.open(file.path(), StandardOpenOption.READ);
        ByteBuf head = buffer(256);
        try {
            close = Http1Heads.write(head, http11, status, headers, file.length(), false, closeAfter());
        } catch (RuntimeException e) {
            head.release();
            content.close();
            throw e;
        }
        commit(); // the head is well formed: from here a failure can only cut the response short
        watch(ctx.write(head));
        Object region = secure ? new ChunkedNioFile(content, file.offset(), file.length(), 64 * 1024)
                : new DefaultFileRegion(content, file.offset(), file.length());
        return ctx.writeAndFlush(region);
    }

    @Override
    void responded(boolean success) {
        connection.responded(this, success && !close);
    }
}
