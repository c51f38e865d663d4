package dev.jango.server.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class RequestThreadsTest {

    @Test
    void inline_mode_is_available_with_the_add_opens_option_the_tests_run_with() {
        assertThat(RequestThreads.inlineAvailable()).isTrue();
        try (RequestThreads threads = RequestThreads.inline("t-")) {
            assertThat(threads.isInline()).isTrue();
        }
    }

    @Test
    void of_gives_inline_threads_when_asked_and_standard_ones_otherwise() {
        try (RequestThreads inline = RequestThreads.of("t-", true);
                RequestThreads standard = RequestThreads.of("t-", false)) {
            assertThat(inline.isInline()).isTrue();
            assertThat(standard.isInline()).isFalse();
        }
    }

    @Test
    void the_jdk_option_is_read_as_the_jdk_reads_it_and_the_tests_run_without_its_tracking() {
        assertThat(RequestThreads.jdkTracksAll(null)).isTrue();
        assertThat(RequestThreads.jdkTracksAll("")).isTrue();
        assertThat(RequestThreads.jdkTracksAll("TRUE")).isTrue();
        assertThat(RequestThreads.jdkTracksAll("false")).isFalse();
        assertThat(RequestThreads.jdkTracksAll("no")).isFalse();
        assertThat(RequestThreads.trackedByJdk()).as("the tests run with -Djdk.trackAllThreads=false").isFalse();
    }

    @Test
    void an_inline_request_thread_is_virtual_and_runs_on_the_starting_thread_until_it_blocks() throws Exception {
        AtomicReference<String> before = new AtomicReference<>();
        AtomicReference<String> after = new AtomicReference<>();
        CountDownLatch blocked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        try (RequestThreads threads = RequestThreads.inline("req-")) {
            Thread io = Thread.ofPlatform().name("io-thread").start(() -> threads.start(() -> {
                before.set(Thread.currentThread().toString());
                blocked.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                after.set(Thread.currentThread().toString());
                done.countDown();
            }));
            assertThat(blocked.await(5, TimeUnit.SECONDS)).isTrue();
            io.join(5_000);
            assertThat(io.isAlive()).as("start() returns once the request thread blocks").isFalse();
            release.countDown();
            assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(before.get()).startsWith("VirtualThread[").contains("req-").contains("@io-thread");
        assertThat(after.get()).contains("@jango-carrier-");
    }

    @Test
    void threads_started_by_a_request_thread_do_not_run_inline() throws Exception {
        CompletableFuture<String> child = new CompletableFuture<>();
        try (RequestThreads threads = RequestThreads.inline("req-")) {
            threads.start(() -> Thread.ofVirtual().start(() -> child.complete(Thread.currentThread().toString())));
            assertThat(child.get(5, TimeUnit.SECONDS)).doesNotContain("req-");
        }
    }

    @Test
    void standard_request_threads_run_on_the_jdk_scheduler() throws Exception {
        CompletableFuture<String> seen = new CompletableFuture<>();
        try (RequestThreads threads = RequestThreads.standard("std-")) {
            assertThat(threads.isInline()).isFalse();
            threads.start(() -> seen.complete(Thread.currentThread().toString()));
            assertThat(seen.get(5, TimeUnit.SECONDS)).contains("std-").contains("ForkJoinPool");
        }
    }

    @Test
    void shutdown_now_interrupts_request_threads_still_running() throws Exception {
        CompletableFuture<Boolean> interrupted = new CompletableFuture<>();
        CountDownLatch running = new CountDownLatch(1);
        RequestThreads threads = RequestThreads.inline("req-");
        threads.start(() -> {
            running.countDown();
            try {
                Thread.sleep(60_000);
                interrupted.complete(false);
            } catch (InterruptedException e) {
                interrupted.complete(true);
            }
        });
        assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
        threads.shutdownNow(1_000);
        assertThat(interrupted.get(5, TimeUnit.SECONDS)).isTrue();
    }
}
