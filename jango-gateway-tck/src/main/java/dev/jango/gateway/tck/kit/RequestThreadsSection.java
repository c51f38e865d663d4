package dev.jango.gateway.tck.kit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.gateway.server.Server;
import dev.jango.gateway.tck.kit.AdapterTestKit.Section;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where request threads start: on the server's own I/O thread until they first block ({@code inlineStart}, the
 * default) or on the JDK's virtual-thread scheduler; either way each request has a virtual thread of its own.
 * Parameterised tests run in both modes ({@code inline} true and false).
 */
abstract class RequestThreadsSection extends KitFixture {

    /** Where a request thread that started inline goes on running once it has blocked. */
    private static final String INLINE_CARRIER = "jango-carrier";
    /** Where a request thread started on the JDK's scheduler runs. */
    private static final String JDK_CARRIER = "ForkJoinPool";

    RequestThreadsSection(AdapterTestKit kit) {
        super(kit, Section.REQUEST_THREADS);
    }

    @Test
    void request_threads_start_on_the_servers_io_thread_by_default() throws Exception {
        Server server = started(request -> text(Thread.currentThread().toString()));

        assertThat(get(server, "/")).as("the request thread's name and carrier (starting inline needs the JVM option"
                + " --add-opens java.base/java.lang=ALL-UNNAMED)").contains("@" + kit().ioThreadName());
    }

    @Test
    void request_threads_are_handed_to_the_jdk_scheduler_when_inline_start_is_off() throws Exception {
        Server server = started(request -> text(Thread.currentThread().toString()),
                config -> config.withInlineStart(false));

        assertThat(get(server, "/")).doesNotContain("@" + kit().ioThreadName()).contains(JDK_CARRIER);
    }

    @ParameterizedTest(name = "inline start {0}")
    @ValueSource(booleans = {true, false})
    void requests_run_on_virtual_threads(boolean inline) throws Exception {
        Server server = started(request -> text(String.valueOf(Thread.currentThread().isVirtual())),
                config -> config.withInlineStart(inline));

        assertThat(get(server, "/")).endsWith("\r\n\r\ntrue");
    }

    @ParameterizedTest(name = "inline start {0}")
    @ValueSource(booleans = {true, false})
    void a_view_that_blocks_leaves_the_io_thread_to_other_requests(boolean inline) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Server server = started(request -> {
            if (request.rawPath().equals("/slow")) {
                await(release);
                return text("slow, resumed on " + Thread.currentThread());
            }
            return text("fast");
        }, config -> config.withInlineStart(inline));
        CompletableFuture<String> slow = CompletableFuture.supplyAsync(() -> {
            try {
                return get(server, "/slow");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });

        for (int i = 0; i < 20; i++) {
            assertThat(get(server, "/fast")).endsWith("\r\n\r\nfast");
        }
        assertThat(slow).isNotDone();
        release.countDown();
        assertThat(slow.get(PATIENCE_MS, TimeUnit.MILLISECONDS)).contains("slow, resumed on")
                .contains(inline ? INLINE_CARRIER : JDK_CARRIER);
    }

    @ParameterizedTest(name = "inline start {0}")
    @ValueSource(booleans = {true, false})
    void a_view_that_reads_its_body_is_fed_while_it_waits_for_more(boolean inline) throws Exception {
        Server server = started(request -> {
            try {
                return text(request.body().readAllBytes().length + " bytes");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, config -> config.withInlineStart(inline));
        String body = "x".repeat(300_000);

        String response = exchange(server.port(), "POST / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + "Content-Length: " + body.length() + "\r\n\r\n" + body);

        assertThat(response).startsWith("HTTP/1.1 200").endsWith("\r\n\r\n300000 bytes");
    }
}
