package dev.jango.management.reload;

import dev.jango.gateway.Application;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * One loaded version of the app: its class loader and its started application, with a count of the requests
 * it is serving. Once {@link #retire retired} it takes no new requests; it is stopped and its loader closed when
 * the last one ends, or after a grace period.
 */
final class Generation {

    private final int number;
    private final ChildFirstClassLoader loader;
    private final Application app;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Object idle = new Object();
    private volatile boolean retired;

    Generation(int number, ChildFirstClassLoader loader, Application app) {
        this.number = number;
        this.loader = loader;
        this.app = app;
    }

    int number() {
        return number;
    }

    ClassLoader loader() {
        return loader;
    }

    Application app() {
        return app;
    }

    /** Count a request in; false when this generation was retired meanwhile (use the current one instead). */
    boolean enter() {
        inFlight.incrementAndGet();
        if (retired) {
            leave();
            return false;
        }
        return true;
    }

    /** Count a request out. */
    void leave() {
        if (inFlight.decrementAndGet() == 0 && retired) {
            synchronized (idle) {
                idle.notifyAll();
            }
        }
    }

    /**
     * Take no new requests, wait up to {@code grace} for those in flight, then stop the application (with the
     * generation's loader as context class loader) and close the loader. Problems go to {@code err}.
     */
    void retire(Duration grace, Consumer<String> err) {
        retired = true;
        long deadline = System.nanoTime() + grace.toNanos();
        synchronized (idle) {
            while (inFlight.get() > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    err.accept("Generation " + number + " still had " + inFlight.get() + " request(s) running after "
                            + grace.toMillis() + " ms; stopping it anyway");
                    break;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(idle, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            app.stop();
        } catch (RuntimeException | Error e) {
            err.accept("Stopping the previous version of the app failed: " + e);
        } finally {
            thread.setContextClassLoader(previous);
        }
        try {
            loader.close();
        } catch (IOException e) {
            err.accept("Closing the class loader of generation " + number + " failed: " + e);
        }
    }
}
