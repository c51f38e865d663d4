package dev.jango.server.support;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * Threads kept in a few lists, each with its own lock, picked by the starting thread: an I/O thread adds to (and
 * its requests, ending where they started, mostly remove from) a list no other thread touches, which costs two
 * uncontended locks and a node per request where a concurrent set costs hashing the thread and updating a shared
 * table. What {@link RequestThreads} uses when the JDK does not track every thread itself.
 */
final class StripedThreads implements Threads {

    private static final int STRIPES = 16;

    private final ThreadFactory factory;
    private final Stripe[] stripes = new Stripe[STRIPES];
    private volatile boolean closed;

    StripedThreads(ThreadFactory factory) {
        this.factory = factory;
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new Stripe();
        }
    }

    @Override
    public void start(Runnable task) {
        if (closed) {
            throw new RejectedExecutionException("request threads are shut down");
        }
        Stripe stripe = stripes[(int) Thread.currentThread().threadId() & (STRIPES - 1)];
        Running running = new Running(task, stripe);
        Thread thread = factory.newThread(running);
        running.thread = thread;
        stripe.add(running);
        try {
            thread.start();
        } catch (RuntimeException | Error e) {
            stripe.remove(running);
            throw e;
        }
    }

    @Override
    public void shutdownNow(long millis) throws InterruptedException {
        closed = true;
        for (Stripe stripe : stripes) {
            stripe.interruptAll();
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        for (Stripe stripe : stripes) {
            if (!stripe.awaitEmpty(deadline)) {
                return;
            }
        }
    }

    @Override
    public void close() {
        closed = true;
    }

    /** A running thread's node in its stripe's list. */
    private static final class Running implements Runnable {
        private final Runnable task;
        private final Stripe stripe;
        Thread thread;
        Running previous;
        Running next;

        Running(Runnable task, Stripe stripe) {
            this.task = task;
            this.stripe = stripe;
        }

        @Override
        public void run() {
            try {
                task.run();
            } finally {
                stripe.remove(this);
            }
        }
    }

    /** One list of running threads and its lock. */
    private static final class Stripe {
        private Running head;
        /** True while {@link #awaitEmpty} waits: only then does emptying the list notify (which costs a monitor). */
        private boolean awaited;

        synchronized void add(Running running) {
            running.next = head;
            if (head != null) {
                head.previous = running;
            }
            head = running;
        }

        synchronized void remove(Running running) {
            if (running.previous != null) {
                running.previous.next = running.next;
            } else if (head == running) {
                head = running.next;
            } else {
                return; // removed already
            }
            if (running.next != null) {
                running.next.previous = running.previous;
            }
            running.previous = null;
            running.next = null;
            if (head == null && awaited) {
                notifyAll();
            }
        }

        synchronized void interruptAll() {
            for (Running running = head; running != null; running = running.next) {
                running.thread.interrupt();
            }
        }

        synchronized boolean awaitEmpty(long deadline) throws InterruptedException {
            awaited = true;
            try {
                while (head != null) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return false;
                    }
                    TimeUnit.NANOSECONDS.timedWait(this, left);
                }
                return true;
            } finally {
                awaited = false;
            }
        }
    }
}
