package dev.jango.server.support;

import java.lang.reflect.Constructor;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The one place Jango reaches into the JDK's internals: a virtual-thread scheduler that runs the first slice of a
 * request thread on the thread starting it (the server's I/O thread), and every later slice on a work-stealing pool
 * of daemon carrier threads, one per processor (as the JDK's own scheduler).
 *
 * <p>Why: the JDK has no public API to choose a virtual thread's scheduler; its package-private
 * {@code java.lang.ThreadBuilders.VirtualThreadBuilder(Executor)} constructor takes one. Calling it by reflection
 * needs the JVM option {@code --add-opens java.base/java.lang=ALL-UNNAMED} (on the module path,
 * {@code java.base/java.lang=dev.jango.server.support}). Without it, or on a JDK without that constructor, the
 * lookup fails once, quietly, {@link #available()} is false and {@link RequestThreads#inline} hands out standard
 * request threads on the JDK's scheduler instead: same behaviour, one thread hand-off more per request.
 */
final class InlineScheduler implements Executor {

    private static final Constructor<?> BUILDER_WITH_SCHEDULER = schedulerBuilder();
    private static final InlineScheduler INSTANCE = BUILDER_WITH_SCHEDULER == null ? null : new InlineScheduler();
    /** Set while {@link RequestThreads#start} starts a thread: its first slice runs on the calling thread. */
    private static final ThreadLocal<boolean[]> STARTING = ThreadLocal.withInitial(() -> new boolean[1]);
    private static final AtomicLong CARRIERS = new AtomicLong();

    private final ForkJoinPool carriers = new ForkJoinPool(Runtime.getRuntime().availableProcessors(), pool -> {
        ForkJoinWorkerThread worker = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
        worker.setName("jango-carrier-" + CARRIERS.incrementAndGet());
        worker.setDaemon(true);
        return worker;
    }, null, true);

    private InlineScheduler() {}

    /** True when this JVM lets Jango choose a virtual thread's scheduler (see the class comment). */
    static boolean available() {
        return INSTANCE != null;
    }

    /**
     * Virtual threads named {@code name} scheduled here.
     *
     * @throws IllegalStateException when not {@link #available()}
     */
    static ThreadFactory factory(String name) {
        if (INSTANCE == null) {
            throw new IllegalStateException("inline request threads need --add-opens java.base/java.lang=ALL-UNNAMED");
        }
        try {
            return ((Thread.Builder.OfVirtual) BUILDER_WITH_SCHEDULER.newInstance(INSTANCE)).name(name).factory();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the JDK refused a virtual-thread scheduler", e);
        }
    }

    /**
     * The calling thread's flag: set it to true just before starting one thread of {@link #factory}, and that
     * thread's first slice runs right there; clear it after (the scheduler clears it once used). An array, not a
     * method taking a lambda, so that starting a request allocates nothing more.
     */
    static boolean[] startingHere() {
        return STARTING.get();
    }

    @Override
    public void execute(Runnable continuation) {
        boolean[] starting = STARTING.get();
        if (starting[0]) {
            starting[0] = false; // only the first slice of the thread being started runs here
            continuation.run();
        } else {
            carriers.execute(continuation);
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
}
