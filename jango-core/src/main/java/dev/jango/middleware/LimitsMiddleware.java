package dev.jango.middleware;

import dev.jango.core.exceptions.ServiceUnavailable;
import dev.jango.http.Request;
import dev.jango.http.Response;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Load shedding: a cap on requests handled at once and a time limit per request, each answered with 503 and
 * {@code Retry-After} past it, so an overloaded or stuck app fails fast instead of queueing without bound.
 *
 * <pre>{@code
 * LimitsMiddleware.builder().maxConcurrentRequests(2_000).requestTimeout(Duration.ofSeconds(30)).build()
 * }</pre>
 *
 * <p>Put it outermost. A request over the cap is refused at once, before any other layer runs. A request over
 * its time limit has its thread interrupted, which ends blocking calls (sleeps, socket and database reads,
 * lock waits) on a virtual thread, and gets a 503 whatever the inner layers answered; code that never
 * blocks and ignores interrupts runs on until it returns.
 */
public final class LimitsMiddleware implements Middleware {

    private static final Logger LOG = LoggerFactory.getLogger("dev.jango.request");

    private final Semaphore permits;
    private final int maxConcurrent;
    private final Duration timeout;
    private final Duration retryAfter;
    private final ScheduledExecutorService timer;

    private LimitsMiddleware(Builder b) {
        this.maxConcurrent = b.maxConcurrent;
        this.permits = b.maxConcurrent > 0 ? new Semaphore(b.maxConcurrent) : null;
        this.timeout = b.timeout;
        this.retryAfter = b.retryAfter;
        this.timer = timeout == null ? null : Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("jango-request-timeouts").factory());
    }

    /** A builder; without settings it limits nothing. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Handler wrap(Handler next) {
        return request -> {
            if (permits != null && !permits.tryAcquire()) {
                throw new ServiceUnavailable("Over " + maxConcurrent + " concurrent requests", retryAfter, null);
            }
            try {
                return timeout == null ? next.handle(request) : timed(next, request);
            } finally {
                if (permits != null) {
                    permits.release();
                }
            }
        };
    }

    private Response timed(Handler next, Request request) throws Exception {
        Thread worker = Thread.currentThread();
        AtomicBoolean expired = new AtomicBoolean();
        ScheduledFuture<?> alarm = timer.schedule(() -> {
            expired.set(true);
            worker.interrupt();
        }, timeout.toNanos(), TimeUnit.NANOSECONDS);
        Response response;
        try {
            response = next.handle(request);
        } finally {
            alarm.cancel(false);
            if (expired.get()) {
                Thread.interrupted(); // the interrupt was for this request only
            }
        }
        if (expired.get()) {
            LOG.warn("{} {} took longer than {} ms; answered 503", request.method(), request.path(), timeout.toMillis());
            throw new ServiceUnavailable("The request took longer than " + timeout.toMillis() + " ms", retryAfter, null);
        }
        return response;
    }

    /** Builds a {@link LimitsMiddleware}. */
    public static final class Builder {
        private int maxConcurrent;
        private Duration timeout;
        private Duration retryAfter = Duration.ofSeconds(1);

        private Builder() {}

        /** At most {@code max} requests handled at once (0: no cap). */
        public Builder maxConcurrentRequests(int max) {
            if (max < 0) {
                throw new IllegalArgumentException("maxConcurrentRequests must be 0 (no cap) or more, not " + max);
            }
            this.maxConcurrent = max;
            return this;
        }

        /** At most {@code timeout} per request (null: no limit). */
        public Builder requestTimeout(Duration timeout) {
            if (timeout != null && (timeout.isZero() || timeout.isNegative())) {
                throw new IllegalArgumentException("requestTimeout must be positive, not " + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        /** The {@code Retry-After} of the 503s (default 1 s). */
        public Builder retryAfter(Duration retryAfter) {
            this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
            return this;
        }

        /** The middleware. */
        public LimitsMiddleware build() {
            return new LimitsMiddleware(this);
        }
    }
}
