package dev.jango.test.junit;

import static dev.jango.conf.CoreSettings.ALLOWED_HOSTS;
import static dev.jango.conf.CoreSettings.SECRET_KEY;
import static dev.jango.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.Jango;
import dev.jango.http.Response;
import dev.jango.middleware.LimitsMiddleware;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The concurrency cap and the per-request time limit, over a real Jetty (its builder: jango-core's LimitsMiddlewareTest). */
class LimitsMiddlewareOverJettyTest {

    static final CountDownLatch ENTERED = new CountDownLatch(2);
    static final CountDownLatch RELEASE = new CountDownLatch(1);
    static final AtomicBoolean INTERRUPTED = new AtomicBoolean();

    @RegisterExtension
    static LiveServer server = new LiveServer(() -> Jango.builder(Map.of()).set(SECRET_KEY, "l")
            .set(ALLOWED_HOSTS, List.of("127.0.0.1"))
            .middleware(LimitsMiddleware.builder().maxConcurrentRequests(2).requestTimeout(Duration.ofMillis(500))
                    .retryAfter(Duration.ofSeconds(3)).build())
            .urls(
                    path("hold/", (request, kwargs) -> {
                        ENTERED.countDown();
                        RELEASE.await(400, TimeUnit.MILLISECONDS); // within the time limit
                        return Response.text("held");
                    }),
                    path("stuck/", (request, kwargs) -> {
                        try {
                            Thread.sleep(30_000);
                        } catch (InterruptedException e) {
                            INTERRUPTED.set(true);
                            throw e;
                        }
                        return Response.text("never");
                    }),
                    path("quick/", (request, kwargs) -> Response.text("quick")))
            .build());

    private final HttpClient http = HttpClient.newHttpClient();

    private CompletableFuture<HttpResponse<String>> get(String path) {
        return http.sendAsync(HttpRequest.newBuilder(server.uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void past_the_cap_requests_get_503_at_once_and_capacity_returns() throws Exception {
        CompletableFuture<HttpResponse<String>> first = get("/hold/");
        CompletableFuture<HttpResponse<String>> second = get("/hold/");
        assertThat(ENTERED.await(5, TimeUnit.SECONDS)).isTrue();
        HttpResponse<String> refused = get("/quick/").get(5, TimeUnit.SECONDS);
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("3");
        RELEASE.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        assertThat(second.get(5, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        assertThat(get("/quick/").get(5, TimeUnit.SECONDS).body()).isEqualTo("quick");
    }

    @Test
    void a_request_past_its_time_limit_is_interrupted_and_gets_503() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = get("/stuck/").get(10, TimeUnit.SECONDS);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(millis).isBetween(400L, 5_000L);
        assertThat(INTERRUPTED.get()).as("the view's blocking call was ended").isTrue();
        assertThat(get("/quick/").get(5, TimeUnit.SECONDS).statusCode()).as("capacity back").isEqualTo(200);
    }
}
