package dev.jango.server.netty;

import static java.nio.charset.StandardCharsets.US_ASCII;

import dev.jango.gateway.GatewayRequest;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelConfig;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import io.netty.channel.socket.DuplexChannel;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.codec.http.DefaultHttpRequest;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpServerUpgradeHandler;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import java.io.EOFException;
import java.net.InetSocketAddress;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One HTTP/1.x connection: parses requests with {@link HeadParser} and the body framing (Content-Length or
 * chunked), hands each request to an {@link Http1Exchange} on a virtual thread, and feeds its body with
 * backpressure. Pipelined requests are answered in order: the next head is parsed only once the current
 * response is written, and the socket is not read meanwhile. Requests refused before the application runs
 * get a short 4xx and the connection closes (output first, so the client reads the answer before the close).
 * With h2c on, a connection that starts with the HTTP/2 preface, or a request that asks to upgrade, becomes an
 * HTTP/2 connection.
 */
final class Http1Connection extends ChannelInboundHandlerAdapter
        implements RequestBody.Feeder, HttpServerUpgradeHandler.SourceCodec {

    private enum State { HEAD, BODY, DISCARD }

    private static final byte[] PREFACE = "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".getBytes(US_ASCII);
    private static final ByteBuf CONTINUE = Unpooled.unreleasableBuffer(Unpooled.directBuffer(25)
            .writeBytes("HTTP/1.1 100 Continue\r\n\r\n".getBytes(US_ASCII))).asReadOnly();
    private static final int LINGER_SECONDS = 2;
    private static final int PIPELINED_LIMIT = 64 * 1024;

    final Gateway gateway;
    private final boolean secure;
    private final WritabilityGate gate = new WritabilityGate();
    private ChannelHandlerContext ctx;
    private ByteBuf cumulation;
    private State state = State.HEAD;
    private int scanned;
    private int emptyLines;
    private RequestBody body;
    private BodyFraming framing;
    private Http1Exchange current;
    private volatile boolean continueWanted;
    private boolean maybePreface;
    private boolean inputShut;
    private boolean closing;
    private ScheduledFuture<?> lingering;
    private ScheduledFuture<?> idleCheck;
    private final Runnable checkIdle = this::checkIdle;
    private long lastRead;
    private InetSocketAddress remote;
    private InetSocketAddress local;

    Http1Connection(Gateway gateway, boolean secure) {
        this.gateway = gateway;
        this.secure = secure;
        this.maybePreface = gateway.http2 && !secure;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.ctx = ctx;
        remote = (InetSocketAddress) ctx.channel().remoteAddress();
        local = (InetSocketAddress) ctx.channel().localAddress();
        lastRead = System.nanoTime();
        idleCheck = ctx.executor().schedule(checkIdle, gateway.idleTimeoutNanos, TimeUnit.NANOSECONDS);
    }

    /**
     * The idle timeout, kept here rather than by an {@link io.netty.handler.timeout.IdleStateHandler}, which would
     * hook every write: a connection with no exchange in flight closes once nothing has been read for the idle
     * timeout. Exchanges in flight time their own waits (body reads, writes to a client that reads nothing).
     */
    private void checkIdle() {
        idleCheck = null;
        if (!ctx.channel().isActive() || ctx.isRemoved()) {
            return;
        }
        long idleFor = System.nanoTime() - lastRead;
        if (current == null && idleFor >= gateway.idleTimeoutNanos) {
            ctx.close();
            return;
        }
        long next = current == null ? gateway.idleTimeoutNanos - idleFor : gateway.idleTimeoutNanos;
        idleCheck = ctx.executor().schedule(checkIdle, next, TimeUnit.NANOSECONDS);
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        if (idleCheck != null) {
            idleCheck.cancel(false);
            idleCheck = null;
        }
        if (cumulation != null) {
            cumulation.release();
            cumulation = null;
        }
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof ByteBuf in)) {
            ctx.fireChannelRead(msg);
            return;
        }
        lastRead = System.nanoTime();
        if (state == State.DISCARD || closing) {
            in.release();
            return;
        }
        cumulation = cumulation == null ? in : ByteToMessageDecoder.MERGE_CUMULATOR.cumulate(ctx.alloc(), cumulation, in);
        parse();
    }

    private void parse() {
        try {
            process();
        } catch (RequestRefused refused) {
            refused(refused);
        } finally {
            if (cumulation != null) {
                if (!cumulation.isReadable()) {
                    cumulation.release();
                    cumulation = null;
                } else if (cumulation.refCnt() == 1) {
                    cumulation.discardSomeReadBytes();
                }
            }
        }
        updateReading();
    }

    private void process() throws RequestRefused {
        while (cumulation != null && cumulation.isReadable()) {
            switch (state) {
                case HEAD -> {
                    if (current != null || !head()) {
                        return;
                    }
                }
                case BODY -> {
                    if (!framing.read(cumulation)) {
                        return;
                    }
                    requestDone();
                }
                case DISCARD -> {
                    cumulation.skipBytes(cumulation.readableBytes());
                    return;
                }
            }
        }
    }

    /** Parse the next head if it has all arrived, and start its exchange; false when more bytes are needed. */
    private boolean head() throws RequestRefused {
        if (maybePreface && !preface()) {
            return false;
        }
        if (cumulation == null) {
            return false; // became HTTP/2
        }
        int start = cumulation.readerIndex();
        while (scanned == 0 && cumulation.readableBytes() >= 2 && cumulation.getByte(start) == '\r'
                && cumulation.getByte(start + 1) == '\n') {
            start += 2; // empty lines before a request line are ignored (RFC 9112 2.2), up to the head limit
            cumulation.readerIndex(start);
            emptyLines += 2;
            if (emptyLines > gateway.maxHeadSize) {
                throw RequestRefused.badRequest("empty lines instead of a request line");
            }
        }
        int end = HeadParser.scan(cumulation, start, start + Math.max(0, scanned - 1), gateway.maxHeadSize);
        if (end == HeadParser.NEED_MORE) {
            scanned = cumulation.writerIndex() - start;
            return false;
        }
        scanned = 0;
        emptyLines = 0;
        maybePreface = false;
        RequestHead head = HeadParser.parse(cumulation, start, end);
        cumulation.readerIndex(end);
        begin(head);
        return true;
    }

    /** Whether the bytes so far may still be the HTTP/2 preface; switches to HTTP/2 when they are it. */
    private boolean preface() {
        int readable = cumulation.readableBytes();
        int compare = Math.min(readable, PREFACE.length);
        for (int i = 0; i < compare; i++) {
            if (cumulation.getByte(cumulation.readerIndex() + i) != PREFACE[i]) {
                maybePreface = false;
                return true;
            }
        }
        if (readable < PREFACE.length) {
            return false;
        }
        ChannelPipeline pipeline = ctx.pipeline();
        Http2Setup.addAfter(pipeline, ctx.name(), gateway, secure);
        ByteBuf bytes = cumulation;
        cumulation = null;
        pipeline.remove(this);
        pipeline.fireChannelRead(bytes);
        return true;
    }

    private void begin(RequestHead head) throws RequestRefused {
        if (head.h2cUpgrade && gateway.http2 && !secure && !head.hasBody()) {
            upgrade(head);
            return;
        }
        if (gateway.maxBodySize >= 0 && head.contentLength > gateway.maxBodySize) {
            throw new RequestRefused(413, "declared body of " + head.contentLength + " bytes is over the limit");
        }
        if (gateway.draining()) {
            answer(503);
            return;
        }
        String path = gateway.mounted(head.rawPath);
        if (path == null) {
            answer(404);
            return;
        }
        body = head.hasBody() ? new RequestBody(this, gateway.idleTimeoutNanos) : null;
        continueWanted = head.expectContinue && body != null;
        GatewayRequest request = new GatewayRequest(head.method, secure ? "https" : "http", gateway.scriptName, path,
                head.rawQuery, head.protocol, head.headers, body == null ? EmptyBody.INSTANCE : body, remote, local);
        current = new Http1Exchange(this, ctx, gate, request, body, head, secure);
        if (body != null) {
            framing = head.chunked ? BodyFraming.chunked(body, gateway.maxHeadSize, gateway.maxBodySize)
                    : BodyFraming.fixed(body, head.contentLength);
            state = State.BODY;
        }
        if (!gateway.dispatch(current)) {
            current = null;
            body = null;
            answer(503);
        }
    }

    private void requestDone() {
        current.requestComplete = true; // before the end is seen, so the response keeps the connection open
        body.end();
        body = null;
        framing = null;
        state = State.HEAD;
    }

    /** A request refused while its head or body was read. */
    private void refused(RequestRefused refusal) {
        if (body != null) { // the application is reading the body: its read fails, and the exchange answers
            body.fail(refusal);
            body = null;
            framing = null;
            state = State.DISCARD;
            return;
        }
        answer(refusal.status());
    }

    /** Answer {@code status} without the application, then close. */
    private void answer(int status) {
        state = State.DISCARD;
        closing = true;
        ctx.writeAndFlush(Http1Heads.refusal(ctx.alloc(), status)).addListener((ChannelFutureListener) f -> linger());
    }

    /** The exchange's response has been written (on the event loop); go on with the next request, or close. */
    void responded(Http1Exchange exchange, boolean reusable) {
        if (exchange != current) {
            return;
        }
        current = null;
        if (!reusable || closing || state == State.DISCARD || !ctx.channel().isActive()) {
            closing = true;
            linger();
            return;
        }
        if (cumulation != null) {
            parse();
        } else {
            updateReading();
        }
        if (current == null && inputShut && !closing) {
            ctx.close();
        }
    }

    /** Close the output, drop what the client still sends for a moment, then close. */
    private void linger() {
        closing = true;
        if (!ctx.channel().isActive()) {
            return;
        }
        if (secure || !(ctx.channel() instanceof DuplexChannel duplex) || inputShut) {
            ctx.close();
            return;
        }
        duplex.shutdownOutput();
        ctx.channel().config().setAutoRead(true);
        lingering = ctx.executor().schedule(() -> ctx.close(), LINGER_SECONDS, TimeUnit.SECONDS);
    }

    /**
     * Read from the socket unless the request body's buffer is full, or requests pipelined behind the one being
     * answered have piled up past {@link #PIPELINED_LIMIT}. (Not pausing for a response being written spares a
     * keep-alive client two epoll changes per request; pipelined bytes wait unparsed, so answers stay in order.)
     */
    private void updateReading() {
        boolean pipelinedPastLimit = current != null && state == State.HEAD && cumulation != null
                && cumulation.readableBytes() >= PIPELINED_LIMIT;
        boolean want = closing || state == State.DISCARD || !(pipelinedPastLimit || (body != null && body.full()));
        ChannelConfig config = ctx.channel().config();
        if (config.isAutoRead() != want) {
            config.setAutoRead(want);
        }
    }

    // --- RequestBody.Feeder, called from the request's virtual thread ----------------------------------------

    @Override
    public void readable() {
        ctx.executor().execute(this::updateReading);
    }

    @Override
    public void firstWait() {
        if (continueWanted) {
            continueWanted = false;
            ctx.writeAndFlush(CONTINUE.duplicate());
        }
    }

    // --- events ----------------------------------------------------------------------------------------------

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        gate.signal();
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (body != null) {
            body.fail(new EOFException("the client closed the connection in the middle of the request body"));
            body = null;
        }
        state = State.DISCARD;
        gate.signal();
        if (lingering != null) {
            lingering.cancel(false); // or the timer would hold the connection for the rest of the linger time
        }
        if (idleCheck != null) {
            idleCheck.cancel(false);
            idleCheck = null;
        }
        ctx.fireChannelInactive();
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (event instanceof ChannelInputShutdownEvent) {
            inputShut = true;
            if (body != null) {
                body.fail(new RequestRefused(400, "the client stopped sending in the middle of the request body"));
                body = null;
                state = State.DISCARD;
            }
            if (current == null) {
                ctx.close();
            }
        } else {
            ctx.fireUserEventTriggered(event);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        Exchange.LOG.debug("Connection from {} failed", remote, cause);
        ctx.close();
    }

    // --- h2c upgrade -----------------------------------------------------------------------------------------

    private void upgrade(RequestHead head) {
        DefaultHttpRequest request = new DefaultHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.valueOf(head.method),
                head.target);
        head.headers.forEach((name, value) -> request.headers().add(name, value));
        state = State.DISCARD;
        Http2Setup.addUpgrade(ctx.pipeline(), ctx.name(), this, gateway);
        // as a message and its end: Netty's upgrade handler aggregates, and lets whole messages pass untouched
        ctx.fireChannelRead(request);
        ctx.fireChannelRead(LastHttpContent.EMPTY_LAST_CONTENT);
    }

    @Override
    public void upgradeFrom(ChannelHandlerContext upgradeCtx) {
        ChannelPipeline pipeline = upgradeCtx.pipeline();
        Http2Setup.removeUpgradeHelpers(pipeline);
        ByteBuf rest = cumulation;
        cumulation = null;
        pipeline.remove(this);
        if (rest != null && rest.isReadable()) {
            upgradeCtx.executor().execute(() -> pipeline.fireChannelRead(rest));
        } else if (rest != null) {
            rest.release();
        }
    }
}
