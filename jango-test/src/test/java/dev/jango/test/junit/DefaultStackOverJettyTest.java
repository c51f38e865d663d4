package dev.jango.test.junit;

import static dev.jango.conf.CoreSettings.ALLOWED_HOSTS;
import static dev.jango.conf.CoreSettings.SECRET_KEY;
import static dev.jango.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.Jango;
import dev.jango.http.Response;
import dev.jango.middleware.XFrameOptionsMiddleware;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The default middleware stack end to end over a real Jetty (unit tests: jango-core's BuiltInMiddlewareTest). */
class DefaultStackOverJettyTest {

    @RegisterExtension
    static LiveServer server = new LiveServer(() -> Jango.builder(Map.of()).set(SECRET_KEY, "mw")
            .set(ALLOWED_HOSTS, List.of("testserver", "127.0.0.1"))
            .middleware(Jango.defaultMiddleware())
            .urls(
                    path("polls/", (request, kwargs) -> Response.text("polls " + request.query().get("page"))),
                    path("embed/", XFrameOptionsMiddleware.exempt((request, kwargs) -> Response.text("embeddable"))))
            .build());

    @Test
    void the_default_stack_over_jetty_sets_every_header() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(server.uri("/polls/?page=3")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.body()).isEqualTo("polls 3");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(response.headers().firstValue("Cross-Origin-Opener-Policy")).hasValue("same-origin");
        assertThat(response.headers().firstValue("X-Request-Id")).isPresent();
        assertThat(response.headers().firstValue("Content-Length")).hasValue("7");
        HttpResponse<String> embed = http.send(HttpRequest.newBuilder(server.uri("/embed/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(embed.headers().firstValue("X-Frame-Options")).isEmpty();
        HttpResponse<String> slash = http.send(HttpRequest.newBuilder(server.uri("/polls?page=1")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(slash.statusCode()).isEqualTo(301);
        assertThat(slash.headers().firstValue("Location")).hasValue("/polls/?page=1");
    }
}
