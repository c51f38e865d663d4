package dev.jango.server.netty;

import io.netty.channel.Channel;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Where a request's virtual thread waits while its channel is not writable (Netty's outbound buffer is past its
 * high-water mark); the channel's handler opens it on every writability change and when the channel closes.
 */
final class WritabilityGate {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private volatile boolean waiting;

    /** Wait until {@code channel} is writable; fails when it closes or stays blocked past {@code timeoutNanos}. */
    void await(Channel channel, long timeoutNanos) throws IOException {
        if (channel.isWritable()) {
            return;
        }
        lock.lock();
        try {
            waiting = true;
            long left = timeoutNanos;
            while (!channel.isWritable()) {
                if (!channel.isActive()) {
                    throw new IOException("the client closed the connection");
                }
                if (left <= 0) {
                    throw new SocketTimeoutException("the client read nothing for " + timeoutNanos / 1_000_000 + " ms");
                }
                left = changed.awaitNanos(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting to write the response");
        } finally {
            waiting = false;
            lock.unlock();
        }
    }

    /** Wake the waiter, if any, to look again. */
    void signal() {
        if (waiting) {
            lock.lock();
            try {
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }
}
