package dev.jango.server.netty;

import dev.jango.gateway.Body;
import dev.jango.gateway.GatewayRequest;
import dev.jango.gateway.Headers;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.channel.DefaultFileRegion;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.HttpChunkedInput;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.stream.ChunkedNioFile;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;

/**
 * An exchange on an HTTP/1.x connection: a whole response as the bytes {@link WholeResponse} makes, in one
 * {@code writeAndFlush} past Netty's response encoder (from the event loop itself when the exchange's thread ends
 * while the event loop is still starting it); streamed and file responses as Netty's HTTP messages for that
 * encoder, streams of unknown length chunked
 * on HTTP/1.1 (close-delimited on HTTP/1.0), files by {@link DefaultFileRegion} ({@code sendfile}) on plain
 * connections and {@link ChunkedNioFile} over TLS. The connection stays open after the response unless the
 * request or the application asked to close, the request body was not read whole (unless it is small: its rest is
 * then read and dropped, as Jetty does), the server is stopping, or the response failed.
 */
final class Http1Exchange extends Exchange {

    private static final int FILE_PIECE = 64 * 1024;

    private static final int DETACHED = 0;
    private static final int INLINE = 1;
    private static final int LEFT = 2;
    private static final VarHandle HANDOFF;

    static {
        try {
            HANDOFF = MethodHandles.lookup().findVarHandle(Http1Exchange.class, "handoff", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Http1Connection connection;
    private final ChannelHandlerContext ctx;
    /** The decoder's context, before the encoder: writes there skip Netty's response encoder. */
    private final ChannelHandlerContext raw;
    /** {@link #INLINE} while the event loop may still write a whole response for this exchange's thread. */
    private volatile int handoff;
    private ByteBuf left;
    private ChannelPromise leftPromise;
    private final HttpVersion version;
    private final boolean keepAlive;
    private final boolean secure;
    /** Set on the event loop when the request body has arrived whole. */
    volatile boolean requestComplete;
    /** Whether the request body is short enough to be read to its end and dropped when the application did not. */
    private final boolean smallBody;
    private boolean close;

    Http1Exchange(Http1Connection connection, ChannelHandlerContext ctx, ChannelHandlerContext raw,
            WritabilityGate gate, GatewayRequest request, RequestBody body, boolean smallBody, boolean http11,
            boolean keepAlive, boolean secure) {
        super(connection.server, ctx.channel(), gate, request, body);
        this.connection = connection;
        this.ctx = ctx;
        this.raw = raw;
        this.version = http11 ? HttpVersion.HTTP_1_1 : HttpVersion.HTTP_1_0;
        this.keepAlive = keepAlive;
        this.secure = secure;
        this.requestComplete = body == null;
        this.smallBody = smallBody;
    }

    private boolean closeAfter() {
        return !keepAlive || !requestComplete && !smallBody || server.draining();
    }

    private boolean http11() {
        return version == HttpVersion.HTTP_1_1;
    }

    @Override
    ChannelFuture writeWhole(int status, String reason, Headers headers, ByteBuf content, boolean bodiless,
            boolean close) {
        WholeResponse whole;
        try {
            byte[] array = content.hasArray() ? content.array() : ByteBufUtil.getBytes(content);
            int offset = content.hasArray() ? content.arrayOffset() + content.readerIndex() : 0;
            whole = WholeResponse.encode(http11(), status, reason, headers, array, offset, content.readableBytes(), bodiless,
                    close || closeAfter());
        } finally {
            content.release(); // a heap buffer's array is still there; anything else was copied
        }
        commit();
        this.close = whole.close;
        return writeRaw(whole.bytes);
    }

    /**
     * Called on the event loop right before this exchange's thread starts: if the thread writes its whole response
     * before {@link #dispatched}, it leaves the write to the event loop (saving a hand-off through its task queue).
     */
    void dispatching() {
        handoff = INLINE;
    }

    /** Called on the event loop once the exchange's thread started: write what it left, if anything. */
    void dispatched() {
        if (!HANDOFF.compareAndSet(this, INLINE, DETACHED) && handoff == LEFT) {
            ByteBuf bytes = left;
            ChannelPromise promise = leftPromise;
            left = null;
            leftPromise = null;
            raw.writeAndFlush(bytes, promise);
        }
    }

    /** Write a whole response past Netty's encoder: on the event loop if it is still starting this exchange. */
    private ChannelFuture writeRaw(ByteBuf bytes) {
        ChannelPromise promise = raw.newPromise();
        if (handoff == INLINE) {
            left = bytes;
            leftPromise = promise;
            if (HANDOFF.compareAndSet(this, INLINE, LEFT)) {
                return promise;
            }
            left = null;
            leftPromise = null;
        }
        raw.writeAndFlush(bytes, promise);
        return promise;
    }

    @Override
    ChannelFuture writeStart(int status, String reason, Headers headers, long length, ByteBuf first) {
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
        watch(ctx.write(new DefaultHttpResponse(version, Responses.status(status, reason), head.fields())));
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
        return ResponseChunks.allocate(capacity);
    }

    @Override
    ChannelFuture writeFile(int status, String reason, Headers headers, Body.File file) throws IOException {
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
        watch(ctx.write(new DefaultHttpResponse(version, Responses.status(status, reason), head.fields())));
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
