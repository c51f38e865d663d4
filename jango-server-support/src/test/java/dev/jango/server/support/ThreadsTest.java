package dev.jango.server.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Both ways {@link RequestThreads} keeps its threads: what a server's stop relies on. */
class ThreadsTest {

    static Stream<Supplier<Threads>> kinds() {
        return Stream.of(
                named("executor", () -> new ExecutorThreads(Thread.ofVirtual().name("req").factory())),
                named("striped", () -> new StripedThreads(Thread.ofVirtual().name("req").factory())));
    }

    private static Supplier<Threads> named(String name, Supplier<Threads> make) {
        return new Supplier<>() {
            @Override
            public Threads get() {
                return make.get();
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void shutdown_now_interrupts_every_thread_still_running_and_waits_for_them(Supplier<Threads> kind)
            throws Exception {
        Threads threads = kind.get();
        int blocked = 200;
        CountDownLatch running = new CountDownLatch(blocked);
        AtomicInteger interrupted = new AtomicInteger();
        AtomicInteger ended = new AtomicInteger();
        List<Thread> starters = new ArrayList<>();
        for (int s = 0; s < 4; s++) { // started from several threads, as several I/O threads do
            starters.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < blocked / 4; i++) {
                    threads.start(() -> {
                        running.countDown();
                        try {
                            Thread.sleep(60_000);
                        } catch (InterruptedException e) {
                            interrupted.incrementAndGet();
                        } finally {
                            ended.incrementAndGet();
                        }
                    });
                }
            }));
        }
        for (int i = 0; i < 1_000; i++) { // and many that end at once, which must not stay tracked
            threads.start(() -> { });
        }
        for (Thread starter : starters) {
            starter.join();
        }
        assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();

        threads.shutdownNow(5_000);

        assertThat(interrupted.get()).isEqualTo(blocked);
        assertThat(ended.get()).as("ended when shutdownNow returned").isEqualTo(blocked);
        assertThatThrownBy(() -> threads.start(() -> { })).isInstanceOf(RejectedExecutionException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void close_refuses_new_threads_and_lets_running_ones_finish(Supplier<Threads> kind) throws Exception {
        Threads threads = kind.get();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(1);
        threads.start(() -> {
            try {
                release.await();
                finished.countDown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        threads.close();
        assertThatThrownBy(() -> threads.start(() -> { })).isInstanceOf(RejectedExecutionException.class);
        release.countDown();
        assertThat(finished.await(5, TimeUnit.SECONDS)).as("the running thread was not interrupted").isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void shutdown_now_returns_at_the_timeout_when_a_thread_will_not_end(Supplier<Threads> kind) throws Exception {
        Threads threads = kind.get();
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        threads.start(() -> {
            running.countDown();
            while (release.getCount() > 0) { // ignores interrupts
                try {
                    release.await();
                } catch (InterruptedException ignored) {
                    // keeps waiting
                }
            }
        });
        assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
        long began = System.nanoTime();
        threads.shutdownNow(200);
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began)).isBetween(150L, 3_000L);
        release.countDown();
    }
}
