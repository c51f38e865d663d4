package dev.jango.test.junit;

import static dev.jango.conf.CoreSettings.ALLOWED_HOSTS;
import static dev.jango.conf.CoreSettings.DEBUG;
import static dev.jango.conf.CoreSettings.SECRET_KEY;
import static dev.jango.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.Jango;
import dev.jango.contrib.sessions.InMemorySessionStore;
import dev.jango.contrib.sessions.SessionMiddleware;
import dev.jango.http.Response;
import dev.jango.middleware.Csrf;
import dev.jango.middleware.CsrfViewMiddleware;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** CSRF protection over a real Jetty, always enforced there (the checks themselves: jango-core's CsrfTest). */
class CsrfOverJettyTest {

    @RegisterExtension
    static LiveServer server = new LiveServer(() -> Jango.builder(Map.of()).set(DEBUG, true).set(SECRET_KEY, "csrf")
            .set(ALLOWED_HOSTS, List.of("testserver", "127.0.0.1"))
            .middleware(SessionMiddleware.builder().store(new InMemorySessionStore()).build(),
                    CsrfViewMiddleware.builder().trustedOrigins("https://*.trusted.example").build())
            .urls(
                    path("token/", (request, kwargs) -> Response.text(Csrf.token(request))),
                    path("submit/", (request, kwargs) -> Response.text("ok")))
            .build());

    @Test
    void over_jetty_a_form_get_then_post_with_cookie_and_token_passes() throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(server.uri("/token/")).build(),
                HttpResponse.BodyHandlers.ofString());
        String token = page.body();
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(server.uri("/submit/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("csrfmiddlewaretoken=" + token)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(200);
        HttpResponse<String> forged = http.send(HttpRequest.newBuilder(server.uri("/submit/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("csrfmiddlewaretoken=" + "A".repeat(64))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);
    }
}
