package dev.jango.middleware;

import static dev.jango.conf.CoreSettings.ALLOWED_HOSTS;
import static dev.jango.conf.CoreSettings.DEBUG;
import static dev.jango.conf.CoreSettings.SECRET_KEY;
import static dev.jango.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.Jango;
import dev.jango.contrib.auth.AuthenticationMiddleware;
import dev.jango.contrib.auth.InMemoryUserStore;
import dev.jango.contrib.auth.LoginView;
import dev.jango.contrib.auth.hashers.PasswordHashers;
import dev.jango.contrib.sessions.InMemorySessionStore;
import dev.jango.contrib.sessions.SessionCsrfStorage;
import dev.jango.contrib.sessions.SessionMiddleware;
import dev.jango.gateway.Application;
import dev.jango.http.Response;
import dev.jango.test.Call;
import dev.jango.test.Client;
import dev.jango.test.ClientResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Django's CSRF checks: the matrix of method, token source, Origin/Referer and scheme, and the rest. */
class CsrfTest {

    private static final String SECRET = "abcdefghijklmnopqrstuvwxyzABCDEF";

    static Application app(CsrfViewMiddleware csrf) {
        InMemoryUserStore users = new InMemoryUserStore(PasswordHashers.forTests());
        users.createUser("alice", "pw");
        return Jango.builder(Map.of()).set(DEBUG, true).set(SECRET_KEY, "csrf")
                .set(ALLOWED_HOSTS, List.of("testserver", "127.0.0.1"))
                .middleware(SessionMiddleware.builder().store(new InMemorySessionStore()).build(), csrf,
                        AuthenticationMiddleware.builder().users(users).hashers(PasswordHashers.forTests()).build())
                .urls(
                        path("token/", (request, kwargs) -> Response.text(Csrf.token(request))),
                        path("submit/", (request, kwargs) -> Response.text("ok")),
                        path("exempt/", Csrf.exempt((request, kwargs) -> Response.text("exempt"))),
                        path("ensure/", Csrf.ensureCookie((request, kwargs) -> Response.text("page"))),
                        path("login/", new LoginView()),
                        path("rotate/", (request, kwargs) -> {
                            Csrf.rotateToken(request);
                            return Response.text("rotated");
                        }))
                .build();
    }

    private static final Application APP = app(CsrfViewMiddleware.builder()
            .trustedOrigins("https://*.trusted.example", "http://partner.example").build());

    record Case(String method, String token, String origin, boolean https, String referer) {
        @Override
        public String toString() {
            return method + " token=" + token + " origin=" + origin + " " + (https ? "https" : "http")
                    + " referer=" + referer;
        }
    }

    static Stream<Case> matrix() {
        List<Case> cases = new ArrayList<>();
        for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
            for (String token : List.of("none", "form", "header", "header-unmasked", "wrong", "malformed")) {
                for (boolean https : List.of(false, true)) {
                    for (String origin : List.of("same", "cross", "null", "trusted-subdomain", "partner")) {
                        cases.add(new Case(method, token, origin, https, "absent"));
                    }
                    for (String referer : https ? List.of("absent", "same", "cross", "malformed", "insecure",
                            "trusted-subdomain") : List.of("absent", "cross")) {
                        cases.add(new Case(method, token, "absent", https, referer));
                    }
                }
            }
        }
        return cases.stream();
    }

    /** What Django decides for a case, step by step: the origin, then the referer on HTTPS, then the token. */
    static String expectedReason(Case c) {
        if (!c.origin().equals("absent")) {
            boolean trusted = switch (c.origin()) {
                case "same" -> true;
                case "trusted-subdomain" -> c.https();
                case "partner" -> !c.https();
                default -> false;
            };
            if (!trusted) {
                return "Origin checking failed";
            }
        } else if (c.https()) {
            switch (c.referer()) {
                case "absent" -> {
                    return "Referer checking failed - no Referer.";
                }
                case "malformed" -> {
                    return "Referer checking failed - Referer is malformed.";
                }
                case "insecure" -> {
                    return "Referer checking failed - Referer is insecure while host is secure.";
                }
                case "cross" -> {
                    return "does not match any trusted origins";
                }
                default -> { }
            }
        }
        boolean formCounts = c.method().equals("POST");
        return switch (c.token()) {
            case "none" -> "CSRF token missing.";
            case "form" -> formCounts ? null : "CSRF token missing.";
            case "header", "header-unmasked" -> null;
            case "wrong" -> "incorrect.";
            case "malformed" -> "has invalid characters.";
            default -> throw new IllegalStateException(c.token());
        };
    }

    private static String origin(Case c) {
        String scheme = c.https() ? "https" : "http";
        return switch (c.origin()) {
            case "same" -> scheme + "://testserver";
            case "cross" -> scheme + "://evil.example";
            case "null" -> "null";
            case "trusted-subdomain" -> scheme + "://shop.trusted.example";
            case "partner" -> scheme + "://partner.example";
            default -> null;
        };
    }

    private static String referer(Case c) {
        return switch (c.referer()) {
            case "same" -> "https://testserver/form/";
            case "cross" -> "https://evil.example/form/";
            case "malformed" -> "https://";
            case "insecure" -> "http://testserver/form/";
            case "trusted-subdomain" -> "https://shop.trusted.example/cart/";
            default -> null;
        };
    }

    @ParameterizedTest
    @MethodSource("matrix")
    void the_csrf_matrix(Case c) {
        Client client = new Client(APP).enforceCsrfChecks(true).cookie("csrftoken", SECRET);
        Call<ClientResponse> call = client.request(c.method(), "/submit/").secure(c.https());
        String masked = maskOf(client);
        switch (c.token()) {
            case "form" -> call.form(Map.of("csrfmiddlewaretoken", masked));
            case "header" -> call.header("X-CSRFToken", masked);
            case "header-unmasked" -> call.header("X-CSRFToken", SECRET);
            case "wrong" -> call.header("X-CSRFToken", "Z".repeat(64)).form(Map.of("csrfmiddlewaretoken", "Z".repeat(64)));
            case "malformed" -> call.header("X-CSRFToken", "!".repeat(64)).form(Map.of("csrfmiddlewaretoken", "!".repeat(64)));
            default -> { }
        }
        if (origin(c) != null) {
            call.header("Origin", origin(c));
        }
        if (referer(c) != null) {
            call.header("Referer", referer(c));
        }
        ClientResponse response = call.send();
        String reason = expectedReason(c);
        if (reason == null) {
            assertThat(response.status()).as(c + ": " + response.text()).isEqualTo(200);
        } else {
            assertThat(response.status()).as(c.toString()).isEqualTo(403);
            assertThat(response.text()).as(c.toString()).contains(reason);
        }
    }

    /** A masked token for the fixed secret, from the app itself. */
    private static String maskOf(Client client) {
        String token = client.get("/token/").text();
        assertThat(token).hasSize(64);
        return token;
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "HEAD", "OPTIONS"})
    void safe_methods_are_never_checked(String method) {
        Client client = new Client(APP).enforceCsrfChecks(true);
        ClientResponse response = client.request(method, "/submit/").header("Origin", "https://evil.example").send();
        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void no_cookie_means_cookie_not_set_and_a_malformed_cookie_is_replaced() {
        Client client = new Client(APP).enforceCsrfChecks(true);
        ClientResponse response = client.request("POST", "/submit/").header("X-CSRFToken", "a".repeat(64)).send();
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.text()).contains("CSRF cookie not set.");

        client.cookie("csrftoken", "short!");
        ClientResponse replaced = client.get("/token/");
        assertThat(replaced.header("Set-Cookie")).startsWith("csrftoken=").doesNotContain("short");
        assertThat(client.cookies().get("csrftoken")).hasSize(32);
    }

    @Test
    void the_csrf_cookie_lasts_52_weeks_as_djangos_csrf_cookie_age() {
        ClientResponse page = new Client(APP).get("/token/");

        assertThat(CsrfViewMiddleware.DEFAULT_COOKIE_AGE.toSeconds()).isEqualTo(31_449_600);
        assertThat(page.header("Set-Cookie")).contains("Max-Age=31449600");
    }

    @Test
    void a_token_from_the_page_works_in_a_form_and_every_page_gets_a_different_one() {
        Client client = new Client(APP).enforceCsrfChecks(true);
        ClientResponse page = client.get("/token/");
        assertThat(page.header("Set-Cookie")).contains("csrftoken=", "Max-Age=31449600", "SameSite=Lax");
        assertThat(page.header("Vary")).contains("Cookie");
        String first = page.text();
        String second = client.get("/token/").text();
        assertThat(first).isNotEqualTo(second);
        assertThat(client.post("/submit/", Map.of("csrfmiddlewaretoken", first)).status()).isEqualTo(200);
        assertThat(client.post("/submit/", Map.of("csrfmiddlewaretoken", second)).status()).isEqualTo(200);
        assertThat(client.get("/submit/").headers().getAll("Set-Cookie")).as("no token used: no cookie").isEmpty();
    }

    @Test
    void rotation_and_login_make_old_tokens_fail() {
        Client client = new Client(APP).enforceCsrfChecks(true);
        String before = client.get("/token/").text();
        String secretBefore = client.cookies().get("csrftoken");
        client.get("/rotate/");
        assertThat(client.cookies().get("csrftoken")).isNotEqualTo(secretBefore);
        ClientResponse stale = client.post("/submit/", Map.of("csrfmiddlewaretoken", before));
        assertThat(stale.status()).isEqualTo(403);
        assertThat(stale.text()).contains("CSRF token from POST incorrect.");

        String token = client.get("/token/").text();
        String secret = client.cookies().get("csrftoken");
        ClientResponse login = client.post("/login/", Map.of("username", "alice", "password", "pw",
                "csrfmiddlewaretoken", token));
        assertThat(login.status()).isEqualTo(302);
        assertThat(client.cookies().get("csrftoken")).as("rotated on login").isNotEqualTo(secret);
        assertThat(client.post("/submit/", Map.of("csrfmiddlewaretoken", token)).status()).isEqualTo(403);
    }

    @Test
    void the_login_form_carries_a_token() {
        Client client = new Client(APP).enforceCsrfChecks(true);
        String form = client.get("/login/").text();
        assertThat(form).containsPattern("name=\"csrfmiddlewaretoken\" value=\"[A-Za-z0-9]{64}\"");
        assertThat(client.post("/login/", Map.of("username", "alice", "password", "pw")).status()).isEqualTo(403);
    }

    @Test
    void exempt_views_skip_the_checks_and_ensure_csrf_cookie_sets_it() {
        Client client = new Client(APP).enforceCsrfChecks(true);
        assertThat(client.post("/exempt/", Map.of()).text()).isEqualTo("exempt");
        assertThat(client.get("/ensure/").header("Set-Cookie")).startsWith("csrftoken=");
    }

    @Test
    void the_test_client_skips_checks_unless_asked() {
        assertThat(new Client(APP).post("/submit/", Map.of()).status()).isEqualTo(200);
        assertThat(new Client(APP).enforceCsrfChecks(true).post("/submit/", Map.of()).status()).isEqualTo(403);
    }

    @Test
    void hostile_cookie_and_token_values_get_403_never_500() {
        for (String value : new String[] {"é".repeat(32), "a".repeat(10_000), "%00", "\"quoted\"", " ".repeat(64),
                "ä".repeat(64), "a".repeat(63)}) {
            Client client = new Client(APP).enforceCsrfChecks(true).cookie("csrftoken", value.replace("\"", ""));
            ClientResponse response = client.request("POST", "/submit/").header("X-CSRFToken", value.strip().isEmpty()
                    ? "x" : value).send();
            assertThat(response.status()).as(value).isEqualTo(403);
        }
    }

    @Test
    void session_storage_keeps_the_secret_in_the_session() {
        Client client = new Client(app(CsrfViewMiddleware.builder().storage(new SessionCsrfStorage()).build()))
                .enforceCsrfChecks(true);
        String token = client.get("/token/").text();
        assertThat(client.cookies()).doesNotContainKey("csrftoken").containsKey("sessionid");
        assertThat(client.post("/submit/", Map.of("csrfmiddlewaretoken", token)).status()).isEqualTo(200);
        Client fresh = new Client(app(CsrfViewMiddleware.builder().storage(new SessionCsrfStorage()).build()))
                .enforceCsrfChecks(true);
        assertThat(fresh.post("/submit/", Map.of("csrfmiddlewaretoken", token)).text())
                .contains("CSRF session token is missing.");
    }

    @Test
    void debug_off_gives_a_short_page_and_bad_trusted_origins_fail_at_start_up() {
        Application quiet = Jango.builder(Map.of()).set(SECRET_KEY, "k").set(ALLOWED_HOSTS, List.of("testserver"))
                .middleware(new CsrfViewMiddleware())
                .urls(path("submit/", (request, kwargs) -> Response.text("ok"))).build();
        ClientResponse response = new Client(quiet).enforceCsrfChecks(true).post("/submit/", Map.of());
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.text()).doesNotContain("CSRF cookie");
        assertThatThrownBy(() -> CsrfViewMiddleware.builder().trustedOrigins("example.com").build())
                .hasMessageContaining("must start with a scheme");
    }
}
