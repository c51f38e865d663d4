package dev.jango.server.netty;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.ReferenceCountUtil;
import java.util.Iterator;

/**
 * Checks each request Netty's decoder made against what Jango serves, after the decoder's own checks: a request
 * that passes goes on untouched; one that does not is replaced by a {@link Refusal} (answered in turn by the
 * connection, which then closes) and nothing after it on the connection is passed on, as its framing cannot be
 * trusted. Refused: what the decoder could not decode (400; 414 for a request line and 431 for header fields
 * past the head limit), HTTP versions other than 1.0 and 1.1 (400, never 505), CONNECT, request targets with
 * bytes outside visible ASCII or a fragment, targets that are neither a path, an http(s) URI, nor {@code *} for
 * OPTIONS, a Transfer-Encoding other than exactly {@code chunked}, a missing (on HTTP/1.1), repeated or malformed
 * Host, an expectation other than {@code 100-continue} (417), and a declared body over the limit (413).
 */
final class RequestValidator extends ChannelInboundHandlerAdapter {

    /** A request refused before the application: answer {@code status}, then close. */
    record Refusal(int status, String reason) {}

    private static final boolean[] TCHAR = new boolean[128];
    private static final boolean[] AUTHORITY = new boolean[128];

    static {
        for (int c = 0; c < 128; c++) {
            boolean alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            TCHAR[c] = alnum || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
            AUTHORITY[c] = alnum || "-._~!$&'()*+,;=:[]%".indexOf(c) >= 0;
        }
    }

    private final long maxBodySize;
    private boolean refused;

    RequestValidator(long maxBodySize) {
        this.maxBodySize = maxBodySize;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (refused) {
            ReferenceCountUtil.release(msg);
            return;
        }
        if (msg instanceof HttpRequest request) {
            Refusal refusal = check(request);
            if (refusal != null) {
                refused = true;
                ReferenceCountUtil.release(msg);
                ctx.fireChannelRead(refusal);
                return;
            }
        }
        ctx.fireChannelRead(msg);
    }

    /** Why {@code request} is refused, or null when it may be served. */
    Refusal check(HttpRequest request) {
        DecoderResult result = request.decoderResult();
        if (!result.isSuccess()) {
            Throwable cause = result.cause();
            int status = cause instanceof TooLongHttpLineException ? 414
                    : cause instanceof TooLongHttpHeaderException ? 431 : 400;
            return new Refusal(status, String.valueOf(cause.getMessage()));
        }
        HttpVersion version = request.protocolVersion();
        if (version.majorVersion() != 1 || version.minorVersion() > 1) {
            return new Refusal(400, "HTTP version is not HTTP/1.1 or HTTP/1.0");
        }
        if (request.method().equals(HttpMethod.CONNECT)) {
            return new Refusal(400, "CONNECT is for proxies");
        }
        String target = request.uri();
        if (!validTarget(target, request.method())) {
            return new Refusal(400, "malformed request target");
        }
        HttpHeaders headers = request.headers();
        String coding = headers.get(HttpHeaderNames.TRANSFER_ENCODING);
        if (coding != null && (!HttpHeaderValues.CHUNKED.contentEqualsIgnoreCase(coding.strip())
                || headers.getAll(HttpHeaderNames.TRANSFER_ENCODING).size() > 1)) {
            return new Refusal(400, "unsupported transfer coding (only chunked is)");
        }
        if (coding != null && headers.contains(HttpHeaderNames.CONTENT_LENGTH)) {
            return new Refusal(400, "both Content-Length and Transfer-Encoding");
        }
        Iterator<? extends CharSequence> hosts = headers.valueCharSequenceIterator(HttpHeaderNames.HOST);
        if (hosts.hasNext()) {
            CharSequence host = hosts.next();
            if (hosts.hasNext() || !isAuthority(host)) {
                return new Refusal(400, "several Host fields, or a malformed one");
            }
        } else if (version.minorVersion() == 1) {
            return new Refusal(400, "HTTP/1.1 request without Host");
        }
        if (headers.contains(HttpHeaderNames.EXPECT) && !expectsContinue(headers)) {
            return new Refusal(417, "unsupported expectation");
        }
        if (maxBodySize >= 0 && HttpUtil.getContentLength(request, -1L) > maxBodySize) {
            return new Refusal(413, "declared body over the limit of " + maxBodySize + " bytes");
        }
        return null;
    }

    private static boolean expectsContinue(HttpHeaders headers) {
        for (String expectation : headers.getAll(HttpHeaderNames.EXPECT)) {
            if (!HttpHeaderValues.CONTINUE.contentEqualsIgnoreCase(expectation.strip())) {
                return false;
            }
        }
        return true;
    }

    /** Origin form, an http(s) URI with an authority (absolute form), or {@code *} for OPTIONS; visible ASCII. */
    private static boolean validTarget(String target, HttpMethod method) {
        for (int i = 0, n = target.length(); i < n; i++) {
            char c = target.charAt(i);
            if (c <= 0x20 || c >= 0x7f || c == '#') {
                return false;
            }
        }
        if (target.startsWith("/")) {
            return true;
        }
        if (target.equals("*")) {
            return method.equals(HttpMethod.OPTIONS);
        }
        int colon = target.indexOf("://");
        String scheme = colon < 0 ? "" : target.substring(0, colon);
        if (!scheme.equalsIgnoreCase("http") && !scheme.equalsIgnoreCase("https")) {
            return false;
        }
        String authority = authority(target);
        return !authority.isEmpty() && isAuthority(authority) && authority.indexOf('@') < 0;
    }

    /** The authority of an absolute-form {@code target} (checked by {@link #validTarget}). */
    static String authority(String target) {
        int start = target.indexOf("://") + 3;
        int end = start;
        while (end < target.length() && target.charAt(end) != '/' && target.charAt(end) != '?') {
            end++;
        }
        return target.substring(start, end);
    }

    static boolean isAuthority(CharSequence text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c >= 128 || !AUTHORITY[c]) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code text} is an RFC 9110 token (a method, a field name). */
    static boolean isToken(CharSequence text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c >= 128 || !TCHAR[c]) {
                return false;
            }
        }
        return true;
    }
}
