package dev.jango.server.netty;

import dev.jango.gateway.GatewayRequest;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelConfig;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import io.netty.channel.socket.DuplexChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import java.io.EOFException;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One HTTP/1.x connection after Netty's decoder: checks each request head with the {@link RequestValidator}
 * (unless that runs before it, as a handler of its own), hands each request to an
 * {@link Http1Exchange} on its virtual thread and feeds it the body's content with backpressure. Pipelined
 * requests are answered in order: what arrives after the current request while it is being answered waits here,
 * and the socket is not read once that passes {@link #PIPELINED_LIMIT}. Requests refused before the application
 * runs get a short 4xx and the connection closes (output first, so the client reads the answer before the
 * close).
 */
final class Http1Connection extends ChannelInboundHandlerAdapter implements RequestBody.Feeder {

    private static final int LINGER_SECONDS = 2;
    private static final int PIPELINED_LIMIT = 64 * 1024;
    private static final int PIPELINED_MESSAGES = 128;
    /** What a waiting request head counts for against {@link #PIPELINED_LIMIT}. */
    private static final int HEAD_WEIGHT = 256;
    /**
     * The longest request body (by Content-Length) that, when the application answers without reading it whole,
     * is read to its end and dropped so that the connection goes on (a GET with a body, a refused upload); a
     * longer or chunked one closes the connection after the response instead.
     */
    static final long SMALL_BODY = 64 * 1024;
    /** See {@link #checkIdle}. */
    private static final int IDLE_CHECKS = 4;

    final ServerState server;
    private final boolean secure;
    private final String scheme;
    private final WritabilityGate gate = new WritabilityGate();
    private final ArrayDeque<Object> pipelined = new ArrayDeque<>(4);
    private int pipelinedBytes;
    private ChannelHandlerContext ctx;
    /** The decoder's context, before the encoder: what is written there skips Netty's response encoder. */
    private ChannelHandlerContext raw;
    /** True while {@link #responded} goes through what was pipelined: a response written meanwhile returns early. */
    private boolean drainingPipelined;
    private final RequestValidator validator;
    private ScheduledFuture<?> idleCheck;
    /** True when something was read or a response ended since the last idle check. */
    private boolean active;
    private int quietChecks;
    private Http1Exchange current;
    /** True from a request's head until its last content: what arrives belongs to it. */
    private boolean inMessage;
    private RequestBody body;
    private long received;
    private volatile boolean continueWanted;
    private boolean discarding;
    private boolean inputShut;
    private boolean closing;
    private ScheduledFuture<?> lingering;
    private InetSocketAddress remote;
    private InetSocketAddress local;

    /**
     * {@code validator} checks each request head here, or is null when it runs as a handler of its own before this
     * one (with the h2c upgrade handler, which must see only valid requests).
     */
    Http1Connection(ServerState server, boolean secure, RequestValidator validator) {
        this.server = server;
        this.secure = secure;
        this.scheme = secure ? "https" : "http";
        this.validator = validator;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.ctx = ctx;
        this.raw = ctx.pipeline().context(Http1Codec.DECODER);
        remote = (InetSocketAddress) ctx.channel().remoteAddress();
        local = (InetSocketAddress) ctx.channel().localAddress();
        if (server.idleTimeoutNanos > 0) {
            long period = Math.max(server.idleTimeoutNanos / IDLE_CHECKS, 1);
            idleCheck = ctx.executor().scheduleAtFixedRate(this::checkIdle, period, period, TimeUnit.NANOSECONDS);
        }
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        releasePipelined();
        if (idleCheck != null) {
            idleCheck.cancel(false);
        }
    }

    /**
     * Close the connection once it has had no request in flight, read nothing and written no response for the
     * idle timeout: {@link #IDLE_CHECKS} checks in a row that saw none of that, so it closes between the timeout
     * and a quarter more. (Netty's idle handler would read the clock on every read and write instead.)
     */
    private void checkIdle() {
        if (current != null || active) {
            active = false;
            quietChecks = 0;
        } else if (++quietChecks >= IDLE_CHECKS) {
            ctx.close();
        }
    }

    /** True when no request is being answered nor waiting: an h2c upgrade may take the connection over. */
    boolean idle() {
        return current == null && pipelined.isEmpty() && !closing;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        active = true;
        if (closing || discarding) {
            ReferenceCountUtil.release(msg);
            return;
        }
        if (validator != null && msg instanceof HttpRequest request) {
            RequestValidator.Refusal refusal = validator.check(request);
            if (refusal != null) {
                ReferenceCountUtil.release(msg);
                msg = refusal;
            }
        }
        if (!pipelined.isEmpty() || (current != null && !inMessage)) {
            pipelined.add(msg);
            pipelinedBytes += msg instanceof HttpContent content ? content.content().readableBytes() : HEAD_WEIGHT;
        } else {
            handle(msg);
        }
        updateReading();
    }

    private void handle(Object msg) {
        if (msg instanceof RequestValidator.Refusal refusal) {
            Exchange.LOG.debug("Request from {} refused ({}): {}", remote, refusal.status(), refusal.reason());
            answer(refusal.status());
            return;
        }
        if (msg instanceof HttpRequest request) {
            begin(request);
        }
        if (msg instanceof HttpContent content) {
            content(content);
        } else if (!(msg instanceof HttpRequest)) {
            ReferenceCountUtil.release(msg);
        }
    }

    private void begin(HttpRequest request) {
        inMessage = true;
        if (server.draining()) {
            answer(503);
            return;
        }
        RequestHead.Target target = RequestHead.target(request.uri());
        String path = server.mounted(target.rawPath());
        if (path == null) {
            answer(404);
            return;
        }
        boolean http11 = request.protocolVersion().minorVersion() == 1;
        boolean chunked = HttpUtil.isTransferEncodingChunked(request);
        long length = HttpUtil.getContentLength(request, 0L);
        boolean hasBody = chunked || length > 0;
        body = hasBody ? new RequestBody(this, server.idleTimeoutNanos) : null;
        received = 0;
        continueWanted = hasBody && HttpUtil.is100ContinueExpected(request);
        GatewayRequest exchangeRequest = new GatewayRequest(request.method().name(), scheme, server.scriptName, path,
                target.query(), http11 ? "HTTP/1.1" : "HTTP/1.0", RequestHead.headers(request, target.authority()),
                body == null ? EmptyBody.INSTANCE : body, remote, local);
        Http1Exchange exchange = new Http1Exchange(this, ctx, raw, gate, exchangeRequest, body,
                !chunked && length <= SMALL_BODY, http11, HttpUtil.isKeepAlive(request), secure);
        current = exchange;
        exchange.dispatching();
        if (!server.dispatch(exchange)) {
            current = null;
            body = null;
            answer(503);
            return;
        }
        exchange.dispatched(); // may write the response, and so come back through responded()
    }

    private void content(HttpContent content) {
        try {
            if (closing || discarding || !inMessage) {
                return;
            }
            if (current == null) { // answered before its body was all here: the connection closes after it
                inMessage = !(content instanceof LastHttpContent);
                return;
            }
            if (!content.decoderResult().isSuccess()) {
                bodyFailed(RequestRefused.badRequest("malformed request body: " + content.decoderResult().cause()));
                return;
            }
            ByteBuf bytes = content.content();
            if (body != null && bytes.isReadable()) {
                received += bytes.readableBytes();
                if (server.maxBodySize >= 0 && received > server.maxBodySize) {
                    bodyFailed(new RequestRefused(413, "request body over the limit of " + server.maxBodySize));
                    return;
                }
                body.feed(bytes.retain());
            }
            if (content instanceof LastHttpContent) {
                current.requestComplete = true; // before the end is seen, so the response keeps the connection open
                if (body != null) {
                    body.end();
                    body = null;
                }
                inMessage = false;
            }
        } finally {
            content.release();
        }
    }

    /** The body cannot arrive whole: the application's read fails, the exchange answers, the connection closes. */
    private void bodyFailed(RequestRefused refusal) {
        if (body != null) {
            body.fail(refusal);
            body = null;
        }
        discarding = true;
        releasePipelined();
    }

    /** Answer {@code status} without the application, then close. */
    private void answer(int status) {
        closing = true;
        releasePipelined();
        ctx.writeAndFlush(Responses.refusal(ctx.alloc(), status)).addListener((ChannelFutureListener) f -> linger());
    }

    /** The exchange's response has been written (on the event loop); go on with the next request, or close. */
    void responded(Http1Exchange exchange, boolean reusable) {
        if (exchange != current) {
            return;
        }
        current = null;
        active = true;
        if (!reusable || closing || discarding || !ctx.channel().isActive()) {
            linger();
            return;
        }
        if (drainingPipelined) {
            return; // the loop below, further up this stack, goes on with the next request
        }
        drainingPipelined = true;
        try {
            while (!closing && !pipelined.isEmpty() && (current == null || inMessage)) {
                Object msg = pipelined.poll();
                pipelinedBytes -= msg instanceof HttpContent content ? content.content().readableBytes() : HEAD_WEIGHT;
                handle(msg);
            }
        } finally {
            drainingPipelined = false;
        }
        updateReading();
        if (current == null && inputShut && !closing) {
            ctx.close();
        }
    }

    /** Close the output, drop what the client still sends for a moment, then close. */
    private void linger() {
        closing = true;
        releasePipelined();
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

    private void releasePipelined() {
        Object msg;
        while ((msg = pipelined.poll()) != null) {
            ReferenceCountUtil.release(msg);
        }
        pipelinedBytes = 0;
    }

    /**
     * Read from the socket unless the request body's buffer is full, or what is pipelined behind the request
     * being answered has piled up past {@link #PIPELINED_LIMIT}.
     */
    private void updateReading() {
        boolean pipelinedPastLimit = current != null
                && (pipelinedBytes >= PIPELINED_LIMIT || pipelined.size() >= PIPELINED_MESSAGES);
        boolean want = closing || discarding || !(pipelinedPastLimit || (body != null && body.full()));
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
            ctx.writeAndFlush(new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.CONTINUE,
                    Unpooled.EMPTY_BUFFER));
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
        discarding = true;
        releasePipelined();
        gate.signal();
        if (lingering != null) {
            lingering.cancel(false); // or the timer would hold the connection for the rest of the linger time
        }
        if (idleCheck != null) {
            idleCheck.cancel(false);
        }
        ctx.fireChannelInactive();
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (event instanceof ChannelInputShutdownEvent) {
            inputShut = true;
            if (body != null) {
                bodyFailed(new RequestRefused(400, "the client stopped sending in the middle of the request body"));
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
}
