package dev.jango.gateway.server;

import java.lang.reflect.Constructor;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicLong;

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
 * mode and {@link #isInline()} says so.
 */
public final class RequestThreads implements AutoCloseable {

    private static final Constructor<?> BUILDER_WITH_SCHEDULER = schedulerBuilder();
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
        if (BUILDER_WITH_SCHEDULER == null) {
            return standard(name);
        }
        return new RequestThreads(newBuilder(InlineFirstScheduler.INSTANCE).name(name).factory(), true);
    }

    /** True when this JVM allows {@linkplain #inline() inline mode}. */
    public static boolean inlineAvailable() {
        return BUILDER_WITH_SCHEDULER != null;
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
        boolean[] starting = InlineFirstScheduler.STARTING.get();
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

    private static Thread.Builder.OfVirtual newBuilder(Executor scheduler) {
        try {
            return (Thread.Builder.OfVirtual) BUILDER_WITH_SCHEDULER.newInstance(scheduler);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the JDK refused a virtual-thread scheduler", e);
        }
    }

    private static Constructor<?> schedulerBuilder() {
        try {
            Constructor<?> constructor = Class.forName("java.lang.ThreadBuilders$VirtualThreadBuilder")
                    .getDeclaredConstructor(Executor.class);
            constructor.setAccessible(true);
            return constructor;
        } catch (ReflectiveOperationException | RuntimeException notOpened) {
            return null;
        }
    }

    /**
     * Runs the first slice of a virtual thread being started by {@link #start} on the starting thread, and every
     * later slice on a work-stealing pool of daemon carrier threads, one per processor (as the JDK's own scheduler).
     */
    private static final class InlineFirstScheduler implements Executor {
        static final InlineFirstScheduler INSTANCE = new InlineFirstScheduler();
        static final ThreadLocal<boolean[]> STARTING = ThreadLocal.withInitial(() -> new boolean[1]);
        private static final AtomicLong CARRIERS = new AtomicLong();

        private final ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors(), pool -> {
            ForkJoinWorkerThread worker = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
            worker.setName("jango-carrier-" + CARRIERS.incrementAndGet());
            worker.setDaemon(true);
            return worker;
        }, null, true);

        @Override
        public void execute(Runnable continuation) {
            boolean[] starting = STARTING.get();
            if (starting[0]) {
                starting[0] = false; // only the first slice of the thread being started runs here
                continuation.run();
            } else {
                pool.execute(continuation);
            }
        }
    }
}
