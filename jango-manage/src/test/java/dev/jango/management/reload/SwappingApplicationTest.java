package dev.jango.management.reload;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.gateway.Application;
import dev.jango.gateway.Body;
import dev.jango.gateway.GatewayResponse;
import dev.jango.gateway.Headers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SwappingApplicationTest {

    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final List<String> stopped = new CopyOnWriteArrayList<>();

    @Test
    void a_request_begun_before_a_swap_finishes_on_the_old_version_which_is_stopped_only_then() throws Exception {
        CountDownLatch inView = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        SwappingApplication app = new SwappingApplication(Duration.ofSeconds(10), errors::add, () -> {});
        app.swap(generation(1, () -> {
            inView.countDown();
            await(release);
            return 201;
        }));
        CompletableFuture<GatewayResponse> slow = CompletableFuture.supplyAsync(() -> app.call(null),
                command -> Thread.ofVirtual().start(command));
        assertThat(inView.await(5, TimeUnit.SECONDS)).isTrue();

        app.swap(generation(2, () -> 202));

        assertThat(app.call(null).status()).as("new requests go to the new version").isEqualTo(202);
        release.countDown();
        GatewayResponse first = slow.get(5, TimeUnit.SECONDS);
        assertThat(first.status()).isEqualTo(201);
        Thread.sleep(100);
        assertThat(stopped).as("the old version still sends its body").isEmpty();
        first.completion().completed(null);
        waitFor(() -> stopped.contains("generation 1"));
        assertThat(stopped).containsExactly("generation 1");
        assertThat(errors).isEmpty();
    }

    @Test
    void stops_a_replaced_version_after_the_grace_period_even_if_a_request_never_ends() throws Exception {
        SwappingApplication app = new SwappingApplication(Duration.ofMillis(200), errors::add, () -> {});
        app.swap(generation(1, () -> 201));
        GatewayResponse neverCompleted = app.call(null);

        app.swap(generation(2, () -> 202));

        waitFor(() -> stopped.contains("generation 1"));
        assertThat(neverCompleted.status()).isEqualTo(201);
        assertThat(errors).singleElement().asString().contains("still had 1 request(s) running");
    }

    @Test
    void answers_503_saying_why_while_no_version_has_loaded() {
        SwappingApplication app = new SwappingApplication(Duration.ofSeconds(1), errors::add, () -> {});
        app.missing("ImproperlyConfigured: secretKey is empty");

        GatewayResponse response = app.call(null);

        assertThat(response.status()).isEqualTo(503);
        assertThat(new String(((Body.Bytes) response.body()).bytes(), StandardCharsets.UTF_8))
                .contains("ImproperlyConfigured: secretKey is empty", "Fix it and save");
    }

    @Test
    void stopping_stops_the_serving_version_and_the_watcher() {
        List<String> watcher = new CopyOnWriteArrayList<>();
        SwappingApplication app = new SwappingApplication(Duration.ofSeconds(1), errors::add,
                () -> watcher.add("closed"));
        app.swap(generation(1, () -> 201));

        app.stop();

        assertThat(stopped).containsExactly("generation 1");
        assertThat(watcher).containsExactly("closed");
        assertThat(app.call(null).status()).isEqualTo(503);
    }

    private interface Status {
        int get();
    }

    private Generation generation(int number, Status status) {
        Application app = new Application() {
            @Override
            public GatewayResponse call(dev.jango.gateway.GatewayRequest request) {
                return GatewayResponse.of(status.get(), Headers.of(), Body.empty());
            }

            @Override
            public void stop() {
                stopped.add("generation " + number);
            }
        };
        return new Generation(number, new ChildFirstClassLoader("test-" + number, List.of(),
                getClass().getClassLoader()), app);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(condition.getAsBoolean()).as("within 5 s").isTrue();
    }
}
