package dev.jango.management.reload;

import dev.jango.gateway.Application;
import dev.jango.gateway.Body;
import dev.jango.gateway.GatewayRequest;
import dev.jango.gateway.GatewayResponse;
import dev.jango.gateway.Headers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * The application the server runs for the autoreloader: it forwards each request to the current generation,
 * which {@link #swap} replaces while the server keeps its port.
 *
 * <p>A request stays with the generation it started on until its exchange completes, with that generation's class
 * loader as the thread's context class loader while the app handles it. The replaced generation is retired on a
 * virtual thread: stopped once its last request has ended, or after the grace period. Before any generation
 * has loaded, requests get a 503 saying why the app is not there. Generations are started by whoever makes
 * them, so {@link #start()} does nothing; {@link #stop()} retires the current one at once, and one swapped in
 * after that is retired straight away.
 */
final class SwappingApplication implements Application {

    private final Duration grace;
    private final Consumer<String> err;
    private final Runnable onStop;
    private volatile Generation current;
    private volatile String missing = "The app has not loaded yet.";
    private boolean stopped;

    SwappingApplication(Duration grace, Consumer<String> err, Runnable onStop) {
        this.grace = grace;
        this.err = err;
        this.onStop = onStop;
    }

    /** Serve {@code next} from now on; the previous generation, if any, is retired in the background. */
    synchronized void swap(Generation next) {
        if (stopped) {
            next.retire(Duration.ZERO, err); // loaded while the server was stopping: never serves
            return;
        }
        Generation previous = current;
        current = next;
        if (previous != null) {
            Thread.ofVirtual().name("jango-autoreload-retire-" + previous.number())
                    .start(() -> previous.retire(grace, err));
        }
    }

    /** Explain, in the 503 sent while no generation is serving, why there is none. */
    void missing(String why) {
        this.missing = why;
    }

    /** The generation serving now, or null before the first one loaded. */
    Generation current() {
        return current;
    }

    @Override
    public GatewayResponse call(GatewayRequest request) {
        Generation g;
        do {
            g = current;
            if (g == null) {
                return unavailable();
            }
        } while (!g.enter());
        Generation serving = g;
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(serving.loader());
        GatewayResponse response;
        try {
            response = serving.app().call(request);
        } catch (RuntimeException | Error e) {
            serving.leave();
            throw e;
        } finally {
            thread.setContextClassLoader(previous);
        }
        return response.withCompletion(failure -> {
            try {
                response.completion().completed(failure);
            } finally {
                serving.leave();
            }
        });
    }

    private GatewayResponse unavailable() {
        byte[] text = ("503 Service Unavailable: the app could not be loaded.\n\n" + missing
                + "\n\nFix it and save: the development server reloads the app.\n").getBytes(StandardCharsets.UTF_8);
        Headers headers = Headers.of("Content-Type", "text/plain; charset=utf-8", "Retry-After", "1");
        return GatewayResponse.of(503, headers, Body.of(text));
    }

    @Override
    public void stop() {
        onStop.run();
        Generation last;
        synchronized (this) {
            stopped = true;
            last = current;
            current = null;
        }
        if (last != null) {
            last.retire(Duration.ZERO, err);
        }
    }
}
