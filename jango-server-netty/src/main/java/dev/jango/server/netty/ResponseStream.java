package dev.jango.server.netty;

import dev.jango.gateway.Headers;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelFuture;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * The stream a {@link dev.jango.gateway.BodyWriter} writes to: small writes gather in a 16 KiB buffer from
 * {@link ResponseChunks}, {@link #flush()} sends what is gathered, a full buffer is sent as it fills, and each send
 * first waits while the channel is not writable; a large write's chunks (64 KiB at most) are each made only once
 * it is. A stalled client's connection so holds at most Netty's high-water mark of queued bytes, one chunk past
 * it, and one buffer gathering: {@link NettyServer#WRITE_BUFFER_LIMIT} in all. A writer that ends without having
 * sent anything gets its bytes sent with a Content-Length, like Jetty; otherwise a body of unknown length goes
 * out chunked on HTTP/1.1. Writing past the promised length, or ending short of it, fails. Closing it only
 * flushes: the server ends the body.
 */
final class ResponseStream extends OutputStream {

    static final int BUFFER = 16 * 1024;
    /** The largest chunk a write is cut into. */
    static final int LARGEST_CHUNK = 64 * 1024;

    private final Exchange exchange;
    private final int status;
    private final String reason;
    private final Headers headers;
    private final long length;
    private long written;
    private ByteBuf buffer;
    private int room;
    private boolean started;

    ResponseStream(Exchange exchange, int status, String reason, Headers headers, long length) {
        this.exchange = exchange;
        this.status = status;
        this.reason = reason;
        this.headers = headers;
        this.length = length;
    }

    @Override
    public void write(int b) throws IOException {
        count(1);
        if (buffer != null && room == 0) {
            send();
        }
        if (buffer == null) {
            allocate(BUFFER);
        }
        buffer.writeByte(b);
        room--;
    }

    @Override
    public void write(byte[] bytes, int offset, int size) throws IOException {
        Objects.checkFromIndexSize(offset, size, bytes.length);
        count(size);
        if (size > room && buffer != null) {
            send();
        }
        while (size >= BUFFER) { // large writes go out as chunks of their own, copied once, made once there is room
            int piece = Math.min(size, LARGEST_CHUNK);
            exchange.awaitWritable();
            allocate(piece);
            buffer.writeBytes(bytes, offset, piece);
            room = 0;
            write();
            offset += piece;
            size -= piece;
        }
        if (size > 0) {
            if (buffer == null) {
                allocate(BUFFER);
            }
            buffer.writeBytes(bytes, offset, size);
            room -= size;
        }
    }

    @Override
    public void flush() throws IOException {
        if (buffer != null && buffer.isReadable()) {
            send();
        }
    }

    @Override
    public void close() throws IOException {
        flush();
    }

    /** The writer has returned: send the rest and end the body; returns the last write. */
    ChannelFuture finish() throws IOException {
        if (length >= 0 && written != length) {
            throw new IOException("the body writer wrote " + written + " bytes but the response promised " + length);
        }
        if (!started) {
            ByteBuf content = buffer == null ? io.netty.buffer.Unpooled.EMPTY_BUFFER : buffer;
            buffer = null;
            return exchange.writeWhole(status, reason, headers, content, false, false);
        }
        flush();
        exchange.checkOpen();
        return exchange.writeEnd();
    }

    /** Release what is buffered; the response failed. */
    void discard() {
        if (buffer != null) {
            buffer.release();
            buffer = null;
        }
    }

    private void count(int size) throws IOException {
        written += size;
        if (length >= 0 && written > length) {
            throw new IOException("the body writer wrote more than the " + length + " bytes the response promised");
        }
    }

    private void allocate(int capacity) {
        buffer = exchange.newChunk(capacity);
        room = capacity;
    }

    /** Wait while the channel is not writable, then write what is gathered. */
    private void send() throws IOException {
        try {
            exchange.awaitWritable();
        } catch (IOException e) {
            discard();
            throw e;
        }
        write();
    }

    /** Write what is gathered now. */
    private void write() {
        ByteBuf chunk = buffer;
        buffer = null;
        room = 0;
        if (started) {
            exchange.writeChunk(chunk);
        } else {
            started = true;
            exchange.writeStart(status, reason, headers, length, chunk);
        }
    }
}
