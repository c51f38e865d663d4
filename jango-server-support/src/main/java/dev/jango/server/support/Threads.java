package dev.jango.server.support;

/** How {@link RequestThreads} starts and keeps track of its threads, so that it can stop them. */
interface Threads {

    /**
     * Start a new thread running {@code task}.
     *
     * @throws java.util.concurrent.RejectedExecutionException after {@link #close()}
     */
    void start(Runnable task);

    /** Refuse new threads, interrupt the running ones and wait up to {@code millis} for them to end. */
    void shutdownNow(long millis) throws InterruptedException;

    /** Refuse new threads; those running go on. */
    void close();
}
