package dev.jango.server.support;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * Threads started by the JDK's thread-per-task executor, which keeps them in a set of its own (as the JDK's root
 * container would anyway while it tracks all threads), so thread dumps show them grouped under it.
 */
final class ExecutorThreads implements Threads {

    private final ExecutorService executor;

    ExecutorThreads(ThreadFactory factory) {
        this.executor = Executors.newThreadPerTaskExecutor(factory);
    }

    @Override
    public void start(Runnable task) {
        executor.execute(task);
    }

    @Override
    public void shutdownNow(long millis) throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        executor.shutdown();
    }
}
