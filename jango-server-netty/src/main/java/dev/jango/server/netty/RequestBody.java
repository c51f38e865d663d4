package dev.jango.server.netty;

import io.netty.buffer.ByteBuf;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A request body as the application reads it: fed by the event loop, read on the request's virtual thread.
 *
 * <p>Backpressure: once more than {@link #HIGH_WATER} bytes wait unread, {@link #full()} turns true and the
 * connection stops reading from the socket; when the reader has taken them below {@link #LOW_WATER}, the
 * connection is told to read again. A failure (a malformed or oversized body, the client gone) is thrown by
 * the next read once the bytes before it are consumed; a read waiting longer than the idle timeout fails too
 * (408), as does one interrupted by a stopping server (503).
 */
final class RequestBody extends InputStream {

    static final int HIGH_WATER = 64 * 1024;
    static final int LOW_WATER = 16 * 1024;

    /** Told when reading may resume, and when the reader first waits (to send 100 Continue). */
    interface Feeder {
        void readable();

        void firstWait();
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition arrived = lock.newCondition();
    private final ArrayDeque<ByteBuf> chunks = new ArrayDeque<>(4);
    private final Feeder feeder;
    private final long timeoutNanos;
    private int buffered;
    private boolean ended;
    private boolean released;
    private boolean waitedOnce;
    private IOException failure;

    RequestBody(Feeder feeder, long timeoutNanos) {
        this.feeder = feeder;
        this.timeoutNanos = timeoutNanos;
    }

    // --- the event loop's side -----------------------------------------------------------------------------

    /** Add bytes (ownership passes to this body). */
    void feed(ByteBuf bytes) {
        lock.lock();
        try {
            if (released || ended || failure != null) {
                bytes.release();
                return;
            }
            chunks.add(bytes);
            buffered += bytes.readableBytes();
            arrived.signal();
        } finally {
            lock.unlock();
        }
    }

    /** The body has arrived whole. */
    void end() {
        lock.lock();
        try {
            ended = true;
            arrived.signal();
        } finally {
            lock.unlock();
        }
    }

    /** The body cannot arrive whole: reads fail with {@code cause} once the bytes before it are read. */
    void fail(IOException cause) {
        lock.lock();
        try {
            if (!ended && failure == null) {
                failure = cause;
                arrived.signal();
            }
        } finally {
            lock.unlock();
        }
    }

    /** True when so many bytes wait unread that the connection should stop reading. */
    boolean full() {
        return buffered > HIGH_WATER; // a racy read is fine: the reader re-enables reading under the low mark
    }

    boolean complete() {
        lock.lock();
        try {
            return ended;
        } finally {
            lock.unlock();
        }
    }

    /** The failure the body ended with, or null. */
    IOException failure() {
        lock.lock();
        try {
            return failure;
        } finally {
            lock.unlock();
        }
    }

    /** Drop what is buffered and anything fed later; the exchange is over. */
    void release() {
        lock.lock();
        try {
            released = true;
            ByteBuf chunk;
            while ((chunk = chunks.poll()) != null) {
                chunk.release();
            }
            buffered = 0;
        } finally {
            lock.unlock();
        }
    }

    // --- the application's side ----------------------------------------------------------------------------

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        boolean resume;
        int n;
        lock.lock();
        try {
            ByteBuf chunk = awaitChunk();
            if (chunk == null) {
                return -1;
            }
            n = Math.min(len, chunk.readableBytes());
            chunk.readBytes(b, off, n);
            if (!chunk.isReadable()) {
                chunks.poll().release();
            }
            int before = buffered;
            buffered -= n;
            resume = before > LOW_WATER && buffered <= LOW_WATER;
        } finally {
            lock.unlock();
        }
        if (resume) {
            feeder.readable();
        }
        return n;
    }

    @Override
    public int available() {
        lock.lock();
        try {
            return buffered;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        release();
    }

    /** The first chunk with bytes, waiting for one; null at the end of the body. Holds the lock. */
    private ByteBuf awaitChunk() throws IOException {
        long left = timeoutNanos;
        while (true) {
            ByteBuf chunk = chunks.peek();
            if (chunk != null) {
                return chunk;
            }
            if (failure != null) {
                throw failure;
            }
            if (ended) {
                return null;
            }
            if (released) {
                throw new EOFException("the request body is no longer available: the exchange is over");
            }
            if (!waitedOnce) {
                waitedOnce = true;
                feeder.firstWait();
                feeder.readable();
            }
            if (left <= 0) { // the client is too slow: 408, and the connection closes
                failure = new RequestRefused(408, "no request body bytes for "
                        + TimeUnit.NANOSECONDS.toMillis(timeoutNanos) + " ms");
                throw failure;
            }
            try {
                left = arrived.awaitNanos(left);
            } catch (InterruptedException e) { // the server is stopping and cut the exchange off: 503
                Thread.currentThread().interrupt();
                failure = new RequestRefused(503, "interrupted while reading the request body");
                throw failure;
            }
        }
    }
}
