package dev.jango.core.signals;

import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listeners for one kind of event, called synchronously in the order they were connected.
 *
 * <p>A listener that throws is logged on {@code dev.jango.signals} and never breaks the response or stops
 * the other listeners.
 */
public final class Signal<E> {

    private static final Logger LOG = LoggerFactory.getLogger("dev.jango.signals");

    private final String name;
    private final List<Consumer<? super E>> listeners;

    Signal(String name, List<Consumer<? super E>> listeners) {
        this.name = name;
        this.listeners = List.copyOf(listeners);
    }

    /** Call every listener with {@code event}. */
    public void send(E event) {
        for (Consumer<? super E> listener : listeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException | Error e) {
                LOG.error("A {} listener failed", name, e);
            }
        }
    }

    /** True when nobody listens (so an event need not be made). */
    public boolean isEmpty() {
        return listeners.isEmpty();
    }
}
