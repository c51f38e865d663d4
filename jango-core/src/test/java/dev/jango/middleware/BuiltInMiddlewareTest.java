package dev.jango.middleware;

import static dev.jango.conf.CoreSettings.ALLOWED_HOSTS;
import static dev.jango.conf.CoreSettings.DEBUG;
import static dev.jango.conf.CoreSettings.SECRET_KEY;
import static dev.jango.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.Jango;
import dev.jango.conf.Settings;
import dev.jango.core.exceptions.ImproperlyConfigured;
import dev.jango.http.Response;
import dev.jango.test.Client;
import dev.jango.test.ClientResponse;
import dev.jango.test.RequestFactory;
import dev.jango.views.View;
import dev.jango.views.Views;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The built-in middleware: unit-tested by wrapping a lambda, and end to end in the default stack in-process. */
class BuiltInMiddlewareTest {

    private final RequestFactory rf = new RequestFactory(Settings.builder(Map.of()).set(DEBUG, true).build());

    static Jango.Builder app() {
        return Jango.builder(Map.of()).set(SECRET_KEY, "mw").set(ALLOWED_HOSTS, List.of("testserver", "127.0.0.1"))
                .middleware(Jango.defaultMiddleware())
                .urls(
                        path("polls/", (request, kwargs) -> Response.text("polls " + request.query().get("page"))),
                        path("vote/", (request, kwargs) -> Response.text("voted " + request.bodyText())),
                        path("embed/", XFrameOptionsMiddleware.exempt((request, kwargs) -> Response.text("embeddable"))));
    }

    @Test
    void security_headers_are_set_unless_the_view_set_its_own() throws Exception {
        SecurityMiddleware security = SecurityMiddleware.builder().hsts(Duration.ofDays(365)).hstsIncludeSubdomains(true)
                .referrerPolicy("no-referrer").build();
        Response plain = security.wrap(r -> Response.text("x")).handle(rf.get("/"));
        assertThat(plain.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(plain.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(plain.header("Cross-Origin-Opener-Policy")).isEqualTo("same-origin");
        assertThat(plain.header("Strict-Transport-Security")).as("HSTS only over HTTPS").isNull();
        Response secure = security.wrap(r -> Response.text("x").header("Referrer-Policy", "origin"))
                .handle(rf.secure(true).get("/"));
        assertThat(secure.header("Strict-Transport-Security")).isEqualTo("max-age=31536000; includeSubDomains");
        assertThat(secure.header("Referrer-Policy")).isEqualTo("origin");
    }

    @Test
    void ssl_redirect_sends_plain_requests_to_https_except_exempt_paths() throws Exception {
        SecurityMiddleware security = SecurityMiddleware.builder().sslRedirect(true).redirectExempt("health/").build();
        Response redirect = security.wrap(r -> Response.text("x")).handle(rf.get("/a/b/?q=1"));
        assertThat(redirect.status()).isEqualTo(301);
        assertThat(redirect.header("Location")).isEqualTo("https://testserver/a/b/?q=1");
        assertThat(security.wrap(r -> Response.text("x")).handle(rf.get("/health/")).status()).isEqualTo(200);
        assertThat(security.wrap(r -> Response.text("x")).handle(rf.secure(true).get("/a/")).status()).isEqualTo(200);
        assertThatThrownBy(() -> SecurityMiddleware.builder().hsts(Duration.ofDays(1)).hstsPreload(true).build())
                .isInstanceOf(ImproperlyConfigured.class).hasMessageContaining("one year");
    }

    @Test
    void x_frame_options_deny_by_default_sameorigin_on_request() throws Exception {
        assertThat(new XFrameOptionsMiddleware().wrap(r -> Response.text("x")).handle(rf.get("/"))
                .header("X-Frame-Options"))
                .isEqualTo("DENY");
        assertThat(new XFrameOptionsMiddleware("sameorigin").wrap(r -> Response.text("x")).handle(rf.get("/"))
                .header("X-Frame-Options")).isEqualTo("SAMEORIGIN");
        assertThatThrownBy(() -> new XFrameOptionsMiddleware("ALLOW-FROM x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void x_frame_options_view_decorators_win_over_the_middlewares_value() {
        View plain = (request, kwargs) -> Response.text("x");
        View ownHeader = (request, kwargs) -> Response.text("x").header("X-Frame-Options", "DENY");
        try (Client client = new Client(Jango.builder(Map.of()).set(SECRET_KEY, "xf")
                .set(ALLOWED_HOSTS, List.of("testserver")).middleware(new XFrameOptionsMiddleware("DENY"))
                .urls(path("same/", XFrameOptionsMiddleware.sameOrigin(plain)),
                        path("own/", XFrameOptionsMiddleware.sameOrigin(ownHeader)),
                        path("plain/", plain)).build());
             Client lax = new Client(Jango.builder(Map.of()).set(SECRET_KEY, "xf")
                .set(ALLOWED_HOSTS, List.of("testserver")).middleware(new XFrameOptionsMiddleware("SAMEORIGIN"))
                .urls(path("deny/", XFrameOptionsMiddleware.deny(plain))).build())) {
            assertThat(client.get("/same/").header("X-Frame-Options")).isEqualTo("SAMEORIGIN");
            assertThat(client.get("/own/").header("X-Frame-Options")).as("the response's own header").isEqualTo("DENY");
            assertThat(client.get("/plain/").header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(lax.get("/deny/").header("X-Frame-Options")).isEqualTo("DENY");
        }
        View decorated = XFrameOptionsMiddleware.deny(XFrameOptionsMiddleware.exempt(plain));
        assertThat(decorated.meta()).containsEntry(XFrameOptionsMiddleware.EXEMPT, true);
        assertThat(Views.unwrap(decorated)).isSameAs(plain);
    }

    @Test
    void request_ids_are_generated_or_kept_from_a_trusted_proxy() throws Exception {
        Response generated = new RequestIdMiddleware().wrap(r -> Response.text(RequestIdMiddleware.id(r)))
                .handle(rf.request("GET", "/").header("X-Request-Id", "from-client").send());
        assertThat(generated.header("X-Request-Id")).matches("[0-9a-f]{16}").isEqualTo(generated.text());
        Response trusted = new RequestIdMiddleware(true).wrap(r -> Response.text("x"))
                .handle(rf.request("GET", "/").header("X-Request-Id", "proxy-123").send());
        assertThat(trusted.header("X-Request-Id")).isEqualTo("proxy-123");
        Response hostile = new RequestIdMiddleware(true).wrap(r -> Response.text("x"))
                .handle(rf.request("GET", "/").header("X-Request-Id", "<script>").send());
        assertThat(hostile.header("X-Request-Id")).matches("[0-9a-f]{16}");
        assertThat(RequestIdMiddleware.id(rf.get("/"))).as("no RequestIdMiddleware ran").isNull();
    }

    @Test
    void append_slash_redirects_keeping_the_query_301_for_get_308_for_post() {
        try (Client client = new Client(app().build())) {
            ClientResponse get = client.get("/polls?page=2");
            assertThat(get.status()).isEqualTo(301);
            assertThat(get.header("Location")).isEqualTo("/polls/?page=2");
            ClientResponse post = client.post("/vote", "choice=1", "application/x-www-form-urlencoded");
            assertThat(post.status()).isEqualTo(308);
            assertThat(post.header("Location")).isEqualTo("/vote/");
            assertThat(client.followRedirects(true).post("/vote", "choice=1", "application/x-www-form-urlencoded").text())
                    .isEqualTo("voted choice=1");
            assertThat(client.get("/nothing").status()).isEqualTo(404);
            assertThat(client.followRedirects(false).get("//polls").header("Location")).isNull();
        }
    }

    @Test
    void disallowed_user_agents_get_403_and_www_is_prepended_when_asked() {
        Jango s = Jango.builder(Map.of()).set(SECRET_KEY, "w")
                .set(ALLOWED_HOSTS, List.of("example.com", "www.example.com"))
                .middleware(new CommonMiddleware(true, true, List.of("BadBot")))
                .urls(path("", (r, k) -> Response.text("home")))
                .build();
        try (Client client = new Client(s).host("example.com")) {
            assertThat(client.request("GET", "/")
                    .header("User-Agent", "Mozilla BadBot/1.0").send().status()).isEqualTo(403);
            ClientResponse www = client.get("/?a=1");
            assertThat(www.status()).isEqualTo(301);
            assertThat(www.header("Location")).isEqualTo("http://www.example.com/?a=1");
        }
    }

    @Test
    void the_default_stack_sets_every_header() {
        try (Client client = new Client(app().build())) {
            ClientResponse response = client.get("/polls/?page=3");
            assertThat(response.text()).isEqualTo("polls 3");
            assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.header("Referrer-Policy")).isEqualTo("same-origin");
            assertThat(response.header("Cross-Origin-Opener-Policy")).isEqualTo("same-origin");
            assertThat(response.header("X-Request-Id")).matches("[0-9a-f]{16}");
            assertThat(client.get("/embed/").header("X-Frame-Options")).isNull();
        }
    }
}
