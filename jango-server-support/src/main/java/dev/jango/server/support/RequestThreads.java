package dev.jango.server.support;

import java.util.concurrent.ThreadFactory;

/**
 * Start each request's application call on its own virtual thread: what every server adapter does with an exchange.
 *
 * <p>By default the thread runs on the JDK's virtual-thread scheduler, so the adapter's I/O thread hands it over
 * and goes on. In {@linkplain #inline() inline mode} a new request thread instead starts running on the adapter's
 * own I/O thread, up to the moment it first blocks (a read, a write that must wait, a sleep, a lock); from then on
 * the JDK's scheduler carries it as usual. The view is a virtual thread either way and may block; what changes is
 * that a request that never blocks (most answers come from memory) costs no thread hand-off at all, and that CPU
 * work before a view's first blocking call delays the other connections of that I/O thread.
 *
 * <p>Inline mode needs the JDK to let Jango pick the scheduler of a virtual thread, which takes the JVM option
 * {@code --add-opens java.base/java.lang=ALL-UNNAMED}; without it {@link #inline()} falls back to the default
 * mode and {@link #isInline()} says so. That reach into the JDK is kept in one package-private class,
 * {@code InlineScheduler}.
 */
public final class RequestThreads implements AutoCloseable {

    /** False when the JVM runs with {@code -Djdk.trackAllThreads=false} (see {@link #trackedByJdk()}). */
    private static final boolean JDK_TRACKS_ALL = jdkTracksAll(System.getProperty("jdk.trackAllThreads"));

    private final Threads threads;
    private final boolean inline;

    private RequestThreads(ThreadFactory factory, boolean inline) {
        this.threads = JDK_TRACKS_ALL ? new ExecutorThreads(factory) : new StripedThreads(factory);
        this.inline = inline;
    }

    /**
     * Request threads on the JDK's default virtual-thread scheduler, all named {@code name} (a fixed name costs
     * nothing per request; thread ids tell them apart).
     */
    public static RequestThreads standard(String name) {
        return new RequestThreads(Thread.ofVirtual().name(name).factory(), false);
    }

    /**
     * Request threads named {@code name} that start on the calling I/O thread, or {@link #standard} ones when the
     * JVM does not allow it (see the class comment).
     */
    public static RequestThreads inline(String name) {
        if (!InlineScheduler.available()) {
            return standard(name);
        }
        return new RequestThreads(InlineScheduler.factory(name), true);
    }

    /**
     * {@linkplain #inline Inline} request threads when {@code inline} is true (and the JVM allows it), else
     * {@linkplain #standard standard} ones: what a server reads from
     * {@link dev.jango.gateway.server.ServerConfig#inlineStart()}.
     */
    public static RequestThreads of(String name, boolean inline) {
        return inline ? inline(name) : standard(name);
    }

    /** True when this JVM allows {@linkplain #inline() inline mode}. */
    public static boolean inlineAvailable() {
        return InlineScheduler.available();
    }

    /**
     * True when the JDK keeps every virtual thread in a set of its own, so thread dumps ({@code jcmd <pid>
     * Thread.dump_to_file}) list request threads: the default. With {@code -Djdk.trackAllThreads=false} the JDK only
     * counts them, and request threads are then tracked (for {@link #shutdownNow}) in lists that cost less per
     * request than the JDK's set, at the price of leaving them out of thread dumps.
     */
    public static boolean trackedByJdk() {
        return JDK_TRACKS_ALL;
    }

    /** The JDK's own reading of {@code jdk.trackAllThreads}: tracking unless set to something other than true. */
    static boolean jdkTracksAll(String property) {
        return property == null || property.isEmpty() || Boolean.parseBoolean(property);
    }

    /** True when request threads start on the calling thread. */
    public boolean isInline() {
        return inline;
    }

    /**
     * Run {@code exchange} on a new virtual thread. In inline mode it runs on the calling thread until it first
     * blocks (or ends), and this method returns then.
     *
     * @throws java.util.concurrent.RejectedExecutionException after {@link #close()}
     */
    public void start(Runnable exchange) {
        if (!inline) {
            threads.start(exchange);
            return;
        }
        boolean[] starting = InlineScheduler.startingHere();
        starting[0] = true;
        try {
            threads.start(exchange);
        } finally {
            starting[0] = false;
        }
    }

    /** Interrupt the request threads still running, and wait up to {@code millis} for them to end. */
    public void shutdownNow(long millis) {
        try {
            threads.shutdownNow(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Refuse new request threads; those running go on. */
    @Override
    public void close() {
        threads.close();
    }
}
