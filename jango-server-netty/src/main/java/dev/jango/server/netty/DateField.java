package dev.jango.server.netty;

import static java.nio.charset.StandardCharsets.US_ASCII;

import dev.jango.gateway.HttpDate;
import io.netty.util.AsciiString;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Date field every response carries (an IMF-fixdate by the gateway's {@link HttpDate}), made once a second rather than per response: while a server runs, a
 * clock on its acceptor thread refreshes it every {@link #REFRESH_MILLIS} ms, so a response reads a field instead of
 * the system clock (a response's Date is then at most that late, well within the field's one-second precision).
 * With no clock running (no server started), the value is checked against the system clock on each use.
 */
final class DateField {

    static final long REFRESH_MILLIS = 250;

    /** A second's value, and its whole head line {@code date: <value> CRLF} (shared: never to be changed). */
    private record Value(long second, AsciiString text, byte[] line) {}

    private static final AtomicInteger CLOCKS = new AtomicInteger();
    private static volatile Value value = make(System.currentTimeMillis());

    private DateField() {}

    /** The current value, for example {@code Tue, 01 Dec 2026 10:15:32 GMT}. */
    static AsciiString text() {
        return current().text;
    }

    /** The current field as a head line, {@code date: <value> CRLF}; the array is shared and must not change. */
    static byte[] line() {
        return current().line;
    }

    /** Keep the value fresh from {@code executor} until the returned future is cancelled (then call stopped). */
    static ScheduledFuture<?> startClock(EventExecutor executor) {
        CLOCKS.incrementAndGet();
        refresh();
        return executor.scheduleAtFixedRate(DateField::refresh, REFRESH_MILLIS, REFRESH_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** A clock started by {@link #startClock} has been stopped. */
    static void clockStopped() {
        CLOCKS.decrementAndGet();
    }

    private static Value current() {
        return CLOCKS.get() > 0 ? value : refresh();
    }

    private static Value refresh() {
        long now = System.currentTimeMillis();
        Value current = value;
        if (current.second != now / 1000) {
            current = make(now);
            value = current;
        }
        return current;
    }

    private static Value make(long now) {
        String text = HttpDate.format(now / 1000);
        return new Value(now / 1000, new AsciiString(text.getBytes(US_ASCII), false),
                ("date: " + text + "\r\n").getBytes(US_ASCII));
    }
}
