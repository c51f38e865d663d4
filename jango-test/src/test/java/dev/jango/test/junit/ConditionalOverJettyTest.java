package dev.jango.test.junit;

import static dev.jango.conf.CoreSettings.ALLOWED_HOSTS;
import static dev.jango.conf.CoreSettings.SECRET_KEY;
import static dev.jango.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.Jango;
import dev.jango.http.Response;
import dev.jango.middleware.ConditionalGetMiddleware;
import dev.jango.middleware.Csrf;
import dev.jango.views.Conditions;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Conditional requests end to end: the middleware for any view, the decorator before the view. */
class ConditionalOverJettyTest {

    static final AtomicInteger writes = new AtomicInteger();

    @RegisterExtension
    static LiveServer server = new LiveServer(() -> Jango.builder(Map.of()).set(SECRET_KEY, "c")
            .set(ALLOWED_HOSTS, List.of("127.0.0.1")).middleware(Jango.defaultMiddleware())
            .middleware(new ConditionalGetMiddleware())
            .urls(
                    path("page/", (request, kwargs) -> Response.text("a page that does not change")),
                    // an API document: no browser session, so no CSRF token (the default stack checks CSRF)
                    path("doc/", Csrf.exempt(Conditions.etag((request, kwargs) -> "v7", (request, kwargs) -> {
                        if (request.method().equals("PUT")) {
                            writes.incrementAndGet();
                        }
                        return Response.text("document v7");
                    }))))
            .build());

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> send(String method, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path))
                .method(method, method.equals("PUT") ? HttpRequest.BodyPublishers.ofString("new") : HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_matching_etag_gets_304_without_a_body() throws Exception {
        HttpResponse<String> first = send("GET", "/page/");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = send("GET", "/page/", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).hasValue(etag);
    }

    @Test
    void a_stale_if_match_stops_a_put_before_the_view_runs() throws Exception {
        int before = writes.get();
        HttpResponse<String> stale = send("PUT", "/doc/", "If-Match", "\"v6\"");
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(writes.get()).isEqualTo(before);
        assertThat(send("PUT", "/doc/", "If-Match", "\"v7\"").statusCode()).isEqualTo(200);
        assertThat(writes.get()).isEqualTo(before + 1);
        assertThat(send("GET", "/doc/", "If-None-Match", "W/\"v7\"").statusCode()).isEqualTo(304);
    }
}
