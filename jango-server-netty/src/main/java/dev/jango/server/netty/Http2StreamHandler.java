package dev.jango.server.netty;

import dev.jango.gateway.GatewayRequest;
import dev.jango.gateway.Headers;
import io.netty.channel.Channel;
import io.netty.channel.ChannelConfig;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http2.DefaultHttp2Headers;
import io.netty.handler.codec.http2.DefaultHttp2HeadersFrame;
import io.netty.handler.codec.http2.Http2DataFrame;
import io.netty.handler.codec.http2.Http2Headers;
import io.netty.handler.codec.http2.Http2HeadersFrame;
import io.netty.util.ReferenceCountUtil;
import java.io.EOFException;
import java.net.InetSocketAddress;
import java.util.Map;

/**
 * One HTTP/2 stream: its HEADERS become a {@link GatewayRequest} dispatched to an {@link Http2Exchange} on a
 * virtual thread exactly like HTTP/1.1, its DATA frames feed the request body with backpressure (the stream
 * stops being read, so its flow-control window stays shut, while the body buffer is full). Requests the gateway
 * cannot carry (CONNECT, a malformed target) get 400, bodies past the limit 413, all without the application.
 */
final class Http2StreamHandler extends ChannelInboundHandlerAdapter implements RequestBody.Feeder {

    private final ServerState server;
    private final boolean secure;
    private final WritabilityGate gate = new WritabilityGate();
    private ChannelHandlerContext ctx;
    private RequestBody body;
    private boolean started;
    private long received;

    Http2StreamHandler(ServerState server, boolean secure) {
        this.server = server;
        this.secure = secure;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        try {
            if (msg instanceof Http2HeadersFrame headers) {
                if (!started) {
                    started = true;
                    begin(headers);
                } else if (headers.isEndStream() && body != null) {
                    body.end(); // trailers are dropped
                    body = null;
                }
            } else if (msg instanceof Http2DataFrame data && body != null) {
                received += data.content().readableBytes();
                if (server.maxBodySize >= 0 && received > server.maxBodySize) {
                    body.fail(new RequestRefused(413, "request body over the limit of " + server.maxBodySize));
                    body = null;
                } else {
                    body.feed(data.content().retain());
                    if (data.isEndStream()) {
                        body.end();
                        body = null;
                    }
                }
                updateReading();
            }
        } finally {
            ReferenceCountUtil.release(msg);
        }
    }

    private void begin(Http2HeadersFrame frame) {
        Http2Headers fields = frame.headers();
        CharSequence method = fields.method();
        CharSequence path = fields.path();
        if (method == null || path == null || !RequestValidator.isToken(method.toString())
                || method.toString().equals("CONNECT") || !validTarget(path, method)) {
            answer(400);
            return;
        }
        String target = path.toString();
        int query = target.indexOf('?');
        String rawPath = query < 0 ? target : target.substring(0, query);
        Headers headers = new Headers(fields.size());
        for (Map.Entry<CharSequence, CharSequence> field : fields) {
            CharSequence name = field.getKey();
            if (name.length() > 0 && name.charAt(0) != ':') {
                headers.add(name.toString(), field.getValue().toString());
            }
        }
        CharSequence authority = fields.authority();
        if (authority != null && !headers.contains("host")) {
            headers.add("host", authority.toString());
        }
        String length = headers.get("content-length");
        if (length != null && server.maxBodySize >= 0 && length.length() < 19 && !length.isEmpty()
                && length.chars().allMatch(Character::isDigit) && Long.parseLong(length) > server.maxBodySize) {
            answer(413);
            return;
        }
        String mounted = server.mounted(rawPath);
        if (server.draining() || mounted == null) {
            answer(server.draining() ? 503 : 404);
            return;
        }
        body = frame.isEndStream() ? null : new RequestBody(this, server.idleTimeoutNanos);
        Channel connection = ctx.channel().parent();
        GatewayRequest request = new GatewayRequest(method.toString(), secure ? "https" : "http", server.scriptName,
                mounted, query < 0 ? "" : target.substring(query + 1), "HTTP/2.0", headers,
                body == null ? EmptyBody.INSTANCE : body, (InetSocketAddress) connection.remoteAddress(),
                (InetSocketAddress) connection.localAddress());
        if (!server.dispatch(new Http2Exchange(server, ctx.channel(), gate, request, body))) {
            body = null;
            answer(503);
        }
    }

    private static boolean validTarget(CharSequence path, CharSequence method) {
        if (path.length() == 1 && path.charAt(0) == '*') {
            return method.toString().equals("OPTIONS");
        }
        if (path.isEmpty() || path.charAt(0) != '/') {
            return false;
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c <= 0x20 || c >= 0x7f || c == '#') {
                return false;
            }
        }
        return true;
    }

    private void answer(int status) {
        Http2Headers headers = new DefaultHttp2Headers().status(HttpResponseStatus.valueOf(status).codeAsText());
        ctx.writeAndFlush(new DefaultHttp2HeadersFrame(headers, true));
    }

    private void updateReading() {
        boolean want = body == null || !body.full();
        ChannelConfig config = ctx.channel().config();
        if (config.isAutoRead() != want) {
            config.setAutoRead(want);
        }
    }

    @Override
    public void readable() {
        ctx.executor().execute(this::updateReading);
    }

    @Override
    public void firstWait() {
        // HTTP/2 clients that sent Expect: 100-continue get the final response; the body flows by flow control
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        gate.signal();
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (body != null) {
            body.fail(new EOFException("the client reset the stream in the middle of the request body"));
            body = null;
        }
        gate.signal();
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        Exchange.LOG.debug("HTTP/2 stream failed", cause);
        ctx.close();
    }
}
