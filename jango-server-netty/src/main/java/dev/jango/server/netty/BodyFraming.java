package dev.jango.server.netty;

import io.netty.buffer.ByteBuf;

/**
 * The framing of one HTTP/1.1 request body: {@code Content-Length} bytes, or chunks (RFC 9112 7.1) and then
 * trailer fields, which are checked like header fields and dropped. Body bytes go to the {@link RequestBody} as
 * slices of the connection's buffer, never copied. A malformed chunk-size line (not hexadecimal, too large,
 * followed by anything but an extension, longer than the head limit), chunk data longer than its size, and a
 * chunked body growing past the body limit (413) are refused.
 */
final class BodyFraming {

    private enum State { FIXED, CHUNK_SIZE, CHUNK_DATA, CHUNK_END, TRAILERS, DONE }

    private static final short CRLF = ('\r' << 8) | '\n';

    private final RequestBody body;
    private final int lineLimit;
    private final long maxBodySize;
    private State state;
    private long remaining;
    private long received;
    private int scanned;

    private BodyFraming(RequestBody body, State state, long remaining, int lineLimit, long maxBodySize) {
        this.body = body;
        this.state = state;
        this.remaining = remaining;
        this.lineLimit = lineLimit;
        this.maxBodySize = maxBodySize;
    }

    /** A body of exactly {@code length} (> 0) bytes. */
    static BodyFraming fixed(RequestBody body, long length) {
        return new BodyFraming(body, State.FIXED, length, 0, -1);
    }

    /** A chunked body; chunk-size lines and trailers within {@code lineLimit}, at most {@code maxBodySize} bytes. */
    static BodyFraming chunked(RequestBody body, int lineLimit, long maxBodySize) {
        return new BodyFraming(body, State.CHUNK_SIZE, 0, lineLimit, maxBodySize);
    }

    /** Take what {@code buf} holds of the body; true once the body has ended (the caller then ends the body). */
    boolean read(ByteBuf buf) throws RequestRefused {
        while (buf.isReadable()) {
            switch (state) {
                case FIXED, CHUNK_DATA -> {
                    int n = (int) Math.min(buf.readableBytes(), remaining);
                    body.feed(buf.readRetainedSlice(n));
                    remaining -= n;
                    if (remaining == 0) {
                        if (state == State.FIXED) {
                            return done();
                        }
                        state = State.CHUNK_END;
                    }
                }
                case CHUNK_SIZE -> {
                    if (!chunkSize(buf)) {
                        return false;
                    }
                }
                case CHUNK_END -> {
                    if (buf.readableBytes() < 2) {
                        return false;
                    }
                    if (buf.readShort() != CRLF) {
                        throw RequestRefused.badRequest("chunk data longer than its size");
                    }
                    state = State.CHUNK_SIZE;
                }
                case TRAILERS -> {
                    return trailers(buf);
                }
                case DONE -> {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean done() {
        state = State.DONE;
        return true;
    }

    private boolean chunkSize(ByteBuf buf) throws RequestRefused {
        int start = buf.readerIndex();
        int limit = Math.min(buf.writerIndex(), start + lineLimit);
        int lf = buf.indexOf(start, limit, (byte) '\n');
        if (lf < 0) {
            if (limit - start >= lineLimit) {
                throw RequestRefused.badRequest("chunk-size line longer than " + lineLimit + " bytes");
            }
            return false;
        }
        int end = lf - 1; // the CR
        if (lf == start || buf.getByte(end) != '\r') {
            throw RequestRefused.badRequest("chunk-size line not ended by CRLF");
        }
        long size = 0;
        int i = start;
        for (; i < end; i++) {
            int digit = Character.digit(buf.getByte(i), 16);
            if (digit < 0) {
                break;
            }
            if (i - start >= 15) {
                throw RequestRefused.badRequest("chunk size too large");
            }
            size = size << 4 | digit;
        }
        if (i == start) {
            throw RequestRefused.badRequest("chunk size is not hexadecimal");
        }
        while (i < end && (buf.getByte(i) == ' ' || buf.getByte(i) == '\t')) {
            i++;
        }
        if (i < end && buf.getByte(i) != ';') {
            throw RequestRefused.badRequest("chunk size followed by something that is not an extension");
        }
        for (; i < end; i++) {
            byte b = buf.getByte(i);
            if ((b >= 0 && b < 0x20 && b != '\t') || b == 0x7f) {
                throw RequestRefused.badRequest("control character in a chunk extension");
            }
        }
        buf.readerIndex(lf + 1);
        received += size;
        if (maxBodySize >= 0 && received > maxBodySize) {
            throw new RequestRefused(413, "chunked body over the limit of " + maxBodySize + " bytes");
        }
        if (size == 0) {
            state = State.TRAILERS;
        } else {
            remaining = size;
            state = State.CHUNK_DATA;
        }
        return true;
    }

    private boolean trailers(ByteBuf buf) throws RequestRefused {
        int start = buf.readerIndex();
        if (buf.readableBytes() < 2) {
            return false;
        }
        if (scanned == 0 && buf.getShort(start) == CRLF) {
            buf.skipBytes(2);
            return done();
        }
        int end = HeadParser.scan(buf, start, start + Math.max(0, scanned - 1), lineLimit);
        if (end == HeadParser.NEED_MORE) {
            scanned = buf.writerIndex() - start;
            return false;
        }
        buf.readerIndex(end);
        return done();
    }
}
