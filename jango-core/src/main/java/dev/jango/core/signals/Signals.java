package dev.jango.core.signals;

import java.util.List;
import java.util.function.Consumer;

/**
 * The request signals of one application, like Django's {@code request_started}, {@code request_finished}
 * and {@code got_request_exception}. Listeners are given to the application builder
 * ({@code Jango.builder().onRequestFinished(...)}).
 */
public final class Signals {

    private final Signal<RequestStarted> requestStarted;
    private final Signal<RequestFinished> requestFinished;
    private final Signal<GotRequestException> gotRequestException;

    /** Signals with these listeners. */
    public Signals(List<Consumer<? super RequestStarted>> started, List<Consumer<? super RequestFinished>> finished,
                   List<Consumer<? super GotRequestException>> exceptions) {
        this.requestStarted = new Signal<>("requestStarted", started);
        this.requestFinished = new Signal<>("requestFinished", finished);
        this.gotRequestException = new Signal<>("gotRequestException", exceptions);
    }

    /** Sent as a request enters the cycle. */
    public Signal<RequestStarted> requestStarted() {
        return requestStarted;
    }

    /** Sent after the response was sent, or the exchange failed. */
    public Signal<RequestFinished> requestFinished() {
        return requestFinished;
    }

    /** Sent when an exception becomes a 500. */
    public Signal<GotRequestException> gotRequestException() {
        return gotRequestException;
    }
}
