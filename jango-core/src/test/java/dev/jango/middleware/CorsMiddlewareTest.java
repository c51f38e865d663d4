package dev.jango.middleware;

import static dev.jango.conf.CoreSettings.DEBUG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.conf.Settings;
import dev.jango.core.exceptions.ImproperlyConfigured;
import dev.jango.http.Response;
import dev.jango.test.RequestFactory;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CorsMiddlewareTest {

    private final RequestFactory rf = new RequestFactory(Settings.builder(Map.of()).set(DEBUG, true).build());
    private final AtomicInteger viewCalls = new AtomicInteger();
    private final Handler view = request -> {
        viewCalls.incrementAndGet();
        return Response.text("data");
    };

    private final Handler api = CorsMiddleware.builder().allowOrigins("https://app.example.com")
            .allowOriginPatterns("https://[a-z]+\\.example\\.org").allowCredentials(true).exposeHeaders("X-Total")
            .maxAge(Duration.ofMinutes(10)).build().wrap(view);

    @Test
    void allowed_origins_get_cors_headers_and_vary() throws Exception {
        Response response = api.handle(rf.request("GET", "/api/").header("Origin", "https://app.example.com").send());
        assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo("https://app.example.com");
        assertThat(response.header("Access-Control-Allow-Credentials")).isEqualTo("true");
        assertThat(response.header("Access-Control-Expose-Headers")).isEqualTo("X-Total");
        assertThat(response.header("Vary")).isEqualTo("Origin");
        Response pattern = api.handle(rf.request("GET", "/api/").header("Origin", "https://shop.example.org").send());
        assertThat(pattern.header("Access-Control-Allow-Origin")).isEqualTo("https://shop.example.org");
    }

    @Test
    void other_origins_get_nothing() throws Exception {
        Response response = api.handle(rf.request("GET", "/api/").header("Origin", "https://evil.example").send());
        assertThat(response.header("Access-Control-Allow-Origin")).isNull();
        Response lookalike = api.handle(rf.request("GET", "/api/")
                .header("Origin", "https://app.example.com.evil").send());
        assertThat(lookalike.header("Access-Control-Allow-Origin")).isNull();
        Response suffix = api.handle(rf.request("GET", "/api/")
                .header("Origin", "https://x.example.org.evil.com").send());
        assertThat(suffix.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void preflights_are_answered_without_the_view() throws Exception {
        Response response = api.handle(rf.request("OPTIONS", "/api/").header("Origin", "https://app.example.com")
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "Content-Type, X-Secret").send());
        assertThat(response.status()).isEqualTo(204);
        assertThat(response.header("Access-Control-Allow-Methods")).contains("PUT");
        assertThat(response.header("Access-Control-Allow-Headers")).isEqualTo("content-type");
        assertThat(response.header("Access-Control-Max-Age")).isEqualTo("600");
        assertThat(viewCalls).hasValue(0);
    }

    @Test
    void any_origin_without_credentials_is_a_star() throws Exception {
        Response response = CorsMiddleware.builder().allowOrigins("*").build().wrap(view)
                .handle(rf.request("GET", "/").header("Origin", "https://anyone.test").send());
        assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(response.header("Vary")).isNull();
    }

    @Test
    void any_origin_with_credentials_fails_at_startup() {
        assertThatThrownBy(() -> CorsMiddleware.builder().allowOrigins("*").allowCredentials(true).build())
                .isInstanceOf(ImproperlyConfigured.class).hasMessageContaining("credentials");
    }
}
