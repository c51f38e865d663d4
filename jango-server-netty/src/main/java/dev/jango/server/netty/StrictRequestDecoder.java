package dev.jango.server.netty;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpRequestDecoder;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ByteProcessor;
import java.util.List;

/**
 * Netty's {@link HttpRequestDecoder}, configured strictly, with two byte-level guards in front of it.
 *
 * <p>The configuration: CRLF line endings only (strict line parsing), validated header names and values, one
 * Content-Length only (duplicates refused even when equal), RFC 9112 Transfer-Encoding rules (chunked last,
 * never with Content-Length, never on HTTP/1.0), the request line and the header block each within the head
 * limit, chunked bodies decoded, body content handed on in pieces of at most {@link #MAX_CHUNK} bytes as it
 * arrives.
 *
 * <p>The first guard: <b>obsolete line folding</b> and <b>bare CRs</b>. (a header line starting with a space or tab, RFC 9112 5.2). Netty's
 * decoder accepts it and joins the continuation to the previous field's value with a space, so nothing after
 * the decoder can tell a folded field from one sent with a space; strict line parsing only concerns CR and LF.
 * A server must refuse it (or replace the fold by spaces, which hides a second field from whoever looks at the
 * raw bytes), so while Netty's decoder is reading a request head (which this class follows from the messages
 * the decoder emits, never by framing itself) the bytes up to the end of that head are checked for an LF
 * followed by a space or tab, and a whitespace at the start of a header line. Netty's decoder also takes a CR
 * not followed by LF in the request line for a space ({@code "GET /x\rHTTP/1.1"} is a GET of /x), where Jetty
 * answers 400; RFC 9112 2.2 allows either, and two adapters reading one request differently is what request
 * smuggling is made of, so the same scan refuses a bare CR anywhere in the head, as Jetty does. Such a head
 * becomes an invalid request (400, and the connection closes); no byte after it is decoded.
 *
 * <p>The second: the <b>empty lines</b> (CRLF) a client may send before a request line (RFC 9112 2.2): they are skipped here
 * (any CR and LF bytes, as Netty's strict decoder skips them), before Netty's decoder sees them, up to the head
 * limit in all; past it the request is invalid (400), even when no read brings more than a few. Netty's
 * decoder would skip them too, but limits them per read only: more than the line limit in one read is answered
 * as a request line too long (414, though there is no request line), and any number of them is taken when they
 * come a few at a time. Nothing else is looked at.
 */
final class StrictRequestDecoder extends HttpRequestDecoder {

    /** The most body bytes of one decoded content piece. */
    static final int MAX_CHUNK = 64 * 1024;

    private static final IllegalArgumentException OBS_FOLD =
            new IllegalArgumentException("obsolete line folding in the request head") {
                @Override
                public synchronized Throwable fillInStackTrace() {
                    return this;
                }
            };

    private static final IllegalArgumentException BARE_CR =
            new IllegalArgumentException("a CR not followed by LF in the request head") {
                @Override
                public synchronized Throwable fillInStackTrace() {
                    return this;
                }
            };

    private static final IllegalArgumentException EMPTY_LINES =
            new IllegalArgumentException("empty lines instead of a request line") {
                @Override
                public synchronized Throwable fillInStackTrace() {
                    return this;
                }
            };

    private final int maxHeadSize;
    private final int scanLimit;
    /** The bytes of empty lines skipped before the request line being waited for. */
    private int emptyLineBytes;
    /** True while Netty's decoder waits for (or is in) a request head. */
    private boolean atHead = true;
    /** True once the decoder has consumed part of the head being read (so the buffer starts at a header line). */
    private boolean midHead;
    private boolean refused;

    StrictRequestDecoder(int maxHeadSize) {
        super(config(maxHeadSize));
        this.maxHeadSize = maxHeadSize;
        this.scanLimit = 2 * maxHeadSize + 4;
    }

    /** The decoder configuration for a head limit of {@code maxHeadSize} bytes. */
    static HttpDecoderConfig config(int maxHeadSize) {
        return new HttpDecoderConfig()
                .setStrictLineParsing(true)
                .setValidateHeaders(true)
                .setAllowDuplicateContentLengths(false)
                .setUseRfc9112TransferEncoding(true)
                .setMaxInitialLineLength(maxHeadSize)
                .setMaxHeaderSize(maxHeadSize)
                .setMaxChunkSize(MAX_CHUNK)
                .setChunkedSupported(true)
                .setAllowPartialChunks(true);
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) throws Exception {
        if (refused) {
            in.skipBytes(in.readableBytes());
            return;
        }
        if (atHead && !midHead && !skipEmptyLines(in)) {
            refuse(in, out, EMPTY_LINES);
            return;
        }
        if (!in.isReadable()) {
            return;
        }
        IllegalArgumentException fault = atHead ? fault(in) : null;
        if (fault != null) {
            refuse(in, out, fault);
            return;
        }
        int before = out.size();
        int readable = in.readableBytes();
        super.decode(ctx, in, out);
        if (out.size() == before) {
            midHead |= atHead && in.readableBytes() < readable;
            return;
        }
        for (int i = before, n = out.size(); i < n; i++) {
            Object message = out.get(i);
            if (message instanceof LastHttpContent) {
                atHead = true;
                midHead = false;
            } else if (message instanceof HttpMessage) {
                atHead = false;
                midHead = false;
                emptyLineBytes = 0;
            }
        }
    }

    /**
     * Skip the CR and LF bytes at the start of {@code in}, before a request line (what Netty's strict decoder
     * would skip there); false once those skipped for this request pass the head limit.
     */
    private boolean skipEmptyLines(ByteBuf in) {
        int start = in.readerIndex();
        int end = in.forEachByte(ByteProcessor.FIND_NON_CRLF);
        if (end == start) {
            return true;
        }
        if (end < 0) {
            end = in.writerIndex();
        }
        in.readerIndex(end);
        emptyLineBytes += end - start;
        return emptyLineBytes <= maxHeadSize;
    }

    /** Drop what is left on the connection and pass on an invalid request (400) failed with {@code cause}. */
    private void refuse(ByteBuf in, List<Object> out, IllegalArgumentException cause) {
        refused = true;
        in.skipBytes(in.readableBytes());
        HttpRequest invalid = new DefaultFullHttpRequest(HttpVersion.HTTP_1_0, HttpMethod.GET, "/bad-request",
                Unpooled.EMPTY_BUFFER);
        invalid.setDecoderResult(DecoderResult.failure(cause));
        out.add(invalid);
    }

    /**
     * What is wrong with the head starting in {@code in}, as far as it has arrived: a folded line (or a header line
     * starting with whitespace), or a bare CR (one not followed by LF) anywhere in it; null when nothing is, or
     * not yet known (a CR or LF that is the last byte here is judged when more bytes come).
     */
    private IllegalArgumentException fault(ByteBuf in) {
        int i = in.readerIndex();
        int end = Math.min(in.writerIndex(), i + scanLimit);
        if (midHead && i < end && isWhitespace(in.getByte(i))) {
            return OBS_FOLD; // empty lines before a request line are skipped already
        }
        for (; i < end; i++) {
            byte b = in.getByte(i);
            if (b == '\r') {
                if (i + 1 >= end) {
                    return null;
                }
                if (in.getByte(++i) != '\n') {
                    return BARE_CR;
                }
                b = '\n';
            }
            if (b == '\n') {
                if (i + 1 >= end) {
                    return null;
                }
                byte next = in.getByte(i + 1);
                if (isWhitespace(next)) {
                    return OBS_FOLD;
                }
                if (next == '\r') { // the empty line ending the head: what follows is the decoder's to frame
                    return i + 2 < end && in.getByte(i + 2) != '\n' ? BARE_CR : null;
                }
            }
        }
        return null;
    }

    private static boolean isWhitespace(byte b) {
        return b == ' ' || b == '\t';
    }
}
