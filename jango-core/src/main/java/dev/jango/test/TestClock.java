package dev.jango.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A clock that stands still until a test moves it, for testing expiry (sessions, signed cookies, tokens)
 * without sleeping. Give it to the component under test (for example {@code SessionMiddleware.builder().clock(c)})
 * and call {@link #advance}. Thread-safe.
 */
public final class TestClock extends Clock {

    private volatile Instant now;

    /** A clock reading {@code start}. */
    public TestClock(Instant start) {
        this.now = Objects.requireNonNull(start, "start");
    }

    /** A clock reading the current time, then standing still. */
    public TestClock() {
        this(Instant.now());
    }

    /** Move the clock forward (or back, with a negative duration). */
    public synchronized TestClock advance(Duration duration) {
        now = now.plus(duration);
        return this;
    }

    /** Set the clock to {@code instant}. */
    public TestClock set(Instant instant) {
        now = Objects.requireNonNull(instant, "instant");
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** A view of this clock in {@code zone}: it moves when this one does. */
    @Override
    public Clock withZone(ZoneId zone) {
        TestClock source = this;
        return new Clock() {
            @Override
            public Instant instant() {
                return source.instant();
            }

            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return source.withZone(other);
            }
        };
    }
}
