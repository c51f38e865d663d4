package dev.jango.server.netty;

import dev.jango.gateway.Application;
import dev.jango.gateway.server.ServerConfig;
import dev.jango.server.support.RequestThreads;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The state one running server shares with all its connections: the application, the limits, the
 * {@link RequestThreads} each exchange runs on (inline: started on the event loop's thread until it first blocks),
 * and the count of exchanges in flight that a graceful stop drains. (Once called {@code Gateway}, a name that
 * belongs to the contract in {@code dev.jango.gateway}; this is the Netty server's own state, hence the name.)
 */
final class ServerState {

    final Application app;
    final String scriptName;
    final int maxHeadSize;
    final long maxBodySize;
    final long idleTimeoutNanos;
    final boolean http2;
    private final RequestThreads requests;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Object drained = new Object();
    private volatile boolean draining;

    ServerState(Application app, ServerConfig config) {
        this.app = app;
        this.requests = RequestThreads.of("jango-request", config.inlineStart());
        this.scriptName = config.scriptName();
        this.maxHeadSize = config.maxRequestHeaderSize();
        this.maxBodySize = config.maxRequestBodySize();
        this.idleTimeoutNanos = config.idleTimeout().toNanos();
        this.http2 = config.http2();
    }

    /** True once a graceful stop has begun: new requests get 503. */
    boolean draining() {
        return draining;
    }

    /**
     * Run {@code exchange} on a virtual thread of its own (inline: on the calling event loop until it first
     * blocks); false when the server is stopping.
     */
    boolean dispatch(Exchange exchange) {
        inFlight.incrementAndGet();
        try {
            requests.start(exchange);
            return true;
        } catch (RejectedExecutionException stopping) {
            exited();
            return false;
        }
    }

    /** Run an exchange's completion on a request thread of its own; false when the server is stopping. */
    boolean startCompletion(Runnable completion) {
        try {
            requests.start(completion);
            return true;
        } catch (RejectedExecutionException stopping) {
            return false;
        }
    }

    /** An exchange has ended: its response is sent or failed, and its completion called. */
    void exited() {
        if (inFlight.decrementAndGet() == 0 && draining) {
            synchronized (drained) {
                drained.notifyAll();
            }
        }
    }

    /** Refuse new requests, then wait up to {@code timeout} for those in flight; true when all finished. */
    boolean drain(Duration timeout) throws InterruptedException {
        draining = true;
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (drained) {
            while (inFlight.get() > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(drained, left);
            }
        }
        return true;
    }

    /** Interrupt the exchanges still running and give them a moment to unwind. */
    void cutOff() {
        requests.shutdownNow(1000);
    }

    /** The path under the mount point, or null when {@code rawPath} is outside it. */
    String mounted(String rawPath) {
        if (scriptName.isEmpty()) {
            return rawPath;
        }
        if (!rawPath.startsWith(scriptName)) {
            return null;
        }
        if (rawPath.length() == scriptName.length()) {
            return "/";
        }
        return rawPath.charAt(scriptName.length()) == '/' ? rawPath.substring(scriptName.length()) : null;
    }
}
