package dev.jango.contrib.sessions;

import static dev.jango.conf.CoreSettings.ALLOWED_HOSTS;
import static dev.jango.conf.CoreSettings.DEBUG;
import static dev.jango.conf.CoreSettings.SECRET_KEY;
import static dev.jango.conf.CoreSettings.SECRET_KEY_FALLBACKS;
import static dev.jango.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.Jango;
import dev.jango.core.exceptions.ImproperlyConfigured;
import dev.jango.gateway.Application;
import dev.jango.http.Response;
import dev.jango.test.Client;
import dev.jango.test.ClientResponse;
import dev.jango.test.RequestFactory;
import dev.jango.test.TestClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sessions through the whole cycle: stores, saving rules, cookies, expiry, tampering and fixation. */
class SessionsTest {

    record Cart(String owner, List<Integer> items) {}

    record Visit(Instant at, LocalDate day, Duration stay) {}

    private final TestClock clock = new TestClock(Instant.parse("2026-01-01T00:00:00Z"));

    private Application app(SessionMiddleware sessions) {
        return app(sessions, "session-secret");
    }

    private Application app(SessionMiddleware sessions, String secret) {
        return Jango.builder(Map.of()).set(SECRET_KEY, secret).set(ALLOWED_HOSTS, List.of("testserver"))
                .middleware(sessions)
                .urls(
                        path("count/", (request, kwargs) -> {
                            Session session = Session.of(request);
                            long count = session.getOrDefault("count", Long.class, 0L) + 1;
                            session.put("count", count);
                            return Response.text(Long.toString(count));
                        }),
                        path("peek/", (request, kwargs) -> Response.text(String.valueOf(Session.of(request).get("count")))),
                        path("plain/", (request, kwargs) -> Response.text("no session")),
                        path("boom/", (request, kwargs) -> {
                            Session.of(request).put("count", 99);
                            throw new IllegalStateException("boom");
                        }),
                        path("login/", (request, kwargs) -> {
                            Session.of(request).cycleKey();
                            Session.of(request).put("user", "alice");
                            return Response.text("in");
                        }),
                        path("logout/", (request, kwargs) -> {
                            Session.of(request).flush();
                            return Response.text("out");
                        }),
                        path("cart/", (request, kwargs) -> {
                            Session session = Session.of(request);
                            if (request.method().equals("POST")) {
                                session.put("cart", new Cart("alice", List.of(1, 2)));
                            }
                            Cart cart = session.get("cart", Cart.class);
                            return Response.text(cart == null ? "empty" : cart.owner() + cart.items());
                        }),
                        path("short/", (request, kwargs) -> {
                            Session.of(request).setExpiry(Duration.ofMinutes(5));
                            return Response.text("short");
                        }),
                        path("browser/", (request, kwargs) -> {
                            Session.of(request).setExpiry(Duration.ZERO);
                            return Response.text("browser");
                        }))
                .build();
    }

    private SessionMiddleware signed() {
        return SessionMiddleware.builder().clock(clock).build();
    }

    private SessionMiddleware memory(InMemorySessionStore store) {
        return SessionMiddleware.builder().store(store).clock(clock).build();
    }

    @Test
    void without_a_secret_key_signed_cookie_sessions_fail_saying_which_setting_to_set_even_with_debug_on() {
        Application noKey = Jango.builder(Map.of()).set(DEBUG, true).set(ALLOWED_HOSTS, List.of("testserver"))
                .middleware(signed()).urls(path("count/", (request, kwargs) -> {
                    Session.of(request).put("count", 1);
                    return Response.text("1");
                })).build();
        ClientResponse response = new Client(noKey).get("/count/");
        assertThat(response.status()).isEqualTo(500);
        assertThat(response.text()).contains("need a secret key").contains("JANGO_SECRET_KEY")
                .doesNotContain("The signing key must not be empty");
    }

    @Test
    void data_survives_between_requests_in_a_signed_cookie_with_djangos_cookie_attributes() {
        Client client = new Client(app(signed()));
        assertThat(client.get("/count/").text()).isEqualTo("1");
        ClientResponse second = client.get("/count/");
        assertThat(second.text()).isEqualTo("2");
        assertThat(client.get("/count/").text()).isEqualTo("3");
        assertThat(second.header("Set-Cookie")).startsWith("sessionid=").contains("Max-Age=1209600", "Path=/",
                "HttpOnly", "SameSite=Lax", "expires=Thu, 15 Jan 2026 00:00:00 GMT");
        assertThat(second.header("Vary")).isEqualTo("Cookie");
    }

    @Test
    void an_untouched_session_sends_nothing_and_a_read_only_one_only_varies() {
        Client client = new Client(app(signed()));
        client.get("/count/");
        ClientResponse plain = client.get("/plain/");
        assertThat(plain.headers().getAll("Set-Cookie")).isEmpty();
        assertThat(plain.header("Vary")).isNull();
        ClientResponse peek = client.get("/peek/");
        assertThat(peek.text()).isEqualTo("1");
        assertThat(peek.headers().getAll("Set-Cookie")).isEmpty();
        assertThat(peek.header("Vary")).isEqualTo("Cookie");
    }

    @Test
    void a_server_error_does_not_save_the_session() {
        Client client = new Client(app(signed()));
        client.get("/count/");
        ClientResponse boom = client.get("/boom/");
        assertThat(boom.status()).isEqualTo(500);
        assertThat(boom.headers().getAll("Set-Cookie")).isEmpty();
        assertThat(client.get("/peek/").text()).isEqualTo("1");
    }

    @Test
    void a_tampered_or_foreign_cookie_is_an_empty_session() {
        Client client = new Client(app(signed()));
        client.get("/count/");
        client.get("/count/");
        String cookie = client.cookies().get("sessionid");
        char last = cookie.charAt(cookie.length() - 1);
        client.cookie("sessionid", cookie.substring(0, cookie.length() - 1) + (last == 'A' ? 'B' : 'A'));
        assertThat(client.get("/count/").text()).isEqualTo("1");

        Client other = new Client(app(signed(), "another-secret"));
        other.cookie("sessionid", cookie);
        assertThat(other.get("/peek/").text()).isEqualTo("null");
        for (String junk : new String[] {"x", "a:b:c", ".:::", "é", "%00", "a".repeat(5000)}) {
            other.cookie("sessionid", junk);
            ClientResponse response = other.get("/count/");
            assertThat(response.status()).as(junk).isEqualTo(200);
            assertThat(response.text()).as(junk).isEqualTo("1");
        }
    }

    @Test
    void a_cookie_signed_with_a_fallback_key_still_reads() {
        Client old = new Client(app(signed(), "old-secret"));
        old.get("/count/");
        Application rotated = Jango.builder(Map.of()).set(SECRET_KEY, "new-secret")
                .set(SECRET_KEY_FALLBACKS, List.of("old-secret")).set(ALLOWED_HOSTS, List.of("testserver"))
                .middleware(signed())
                .urls(path("peek/", (request, kwargs) -> Response.text(String.valueOf(Session.of(request).get("count")))))
                .build();
        Client client = new Client(rotated);
        client.cookie("sessionid", old.cookies().get("sessionid"));
        assertThat(client.get("/peek/").text()).isEqualTo("1");
    }

    @Test
    void sessions_expire_after_the_cookie_age_in_both_stores() {
        for (SessionMiddleware sessions : List.of(signed(), memory(new InMemorySessionStore(clock)))) {
            Client client = new Client(app(sessions));
            client.get("/count/");
            clock.advance(Duration.ofDays(13));
            assertThat(client.get("/peek/").text()).isEqualTo("1");
            clock.advance(Duration.ofDays(1).plusSeconds(1));
            assertThat(client.get("/peek/").text()).isEqualTo("null");
        }
    }

    @Test
    void a_session_can_choose_its_own_expiry() {
        InMemorySessionStore store = new InMemorySessionStore(clock);
        Client client = new Client(app(memory(store)));
        ClientResponse response = client.get("/short/");
        assertThat(response.header("Set-Cookie")).contains("Max-Age=300");
        clock.advance(Duration.ofMinutes(6));
        assertThat(client.get("/peek/").text()).isEqualTo("null");

        ClientResponse browser = client.get("/browser/");
        assertThat(browser.header("Set-Cookie")).doesNotContain("Max-Age").doesNotContain("expires");
    }

    @Test
    void expire_at_browser_close_sends_a_session_cookie() {
        Client client = new Client(app(SessionMiddleware.builder().expireAtBrowserClose(true).clock(clock).build()));
        assertThat(client.get("/count/").header("Set-Cookie")).doesNotContain("Max-Age").doesNotContain("expires");
    }

    @Test
    void a_server_side_store_never_adopts_a_key_the_client_chose() {
        InMemorySessionStore store = new InMemorySessionStore(clock);
        Client victim = new Client(app(memory(store)));
        String planted = "attackerchosenkey000000000000000";
        victim.cookie("sessionid", planted);
        victim.get("/count/");
        assertThat(victim.cookies().get("sessionid")).isNotEqualTo(planted).hasSize(32);
    }

    @Test
    void cycle_key_on_login_makes_the_key_known_before_login_worthless() {
        InMemorySessionStore store = new InMemorySessionStore(clock);
        Client client = new Client(app(memory(store)));
        client.get("/count/");
        String before = client.cookies().get("sessionid");
        client.get("/login/");
        String after = client.cookies().get("sessionid");
        assertThat(after).isNotEqualTo(before);
        assertThat(client.get("/peek/").text()).as("data kept across the new key").isEqualTo("1");

        Client attacker = new Client(app(memory(store)));
        attacker.cookie("sessionid", before);
        assertThat(attacker.get("/peek/").text()).isEqualTo("null");
        assertThat(store.size()).as("only the new key is stored").isEqualTo(1);
    }

    @Test
    void flush_on_logout_deletes_the_cookie_and_the_stored_session() {
        InMemorySessionStore store = new InMemorySessionStore(clock);
        Client client = new Client(app(memory(store)));
        client.get("/count/");
        String key = client.cookies().get("sessionid");
        ClientResponse out = client.get("/logout/");
        assertThat(out.header("Set-Cookie")).startsWith("sessionid=\"\";").contains("Max-Age=0");
        assertThat(out.header("Vary")).isEqualTo("Cookie");
        assertThat(client.cookies()).doesNotContainKey("sessionid");
        Client stale = new Client(app(memory(store)));
        stale.cookie("sessionid", key);
        assertThat(stale.get("/peek/").text()).isEqualTo("null");
        assertThat(store.size()).isZero();
    }

    @Test
    void saving_a_session_deleted_by_a_concurrent_logout_is_a_400() {
        InMemorySessionStore store = new InMemorySessionStore(clock);
        Application app = app(memory(store));
        Client tab1 = new Client(app);
        tab1.get("/count/");
        Client tab2 = new Client(app);
        tab2.cookie("sessionid", tab1.cookies().get("sessionid"));
        Application slow = Jango.builder(Map.of()).set(SECRET_KEY, "session-secret")
                .set(ALLOWED_HOSTS, List.of("testserver")).middleware(memory(store))
                .urls(path("count/", (request, kwargs) -> {
                    Session.of(request).put("count", 5);
                    tab2.get("/logout/"); // the other tab logs out while this request runs
                    return Response.text("late");
                })).build();
        Client late = new Client(slow);
        late.cookie("sessionid", tab1.cookies().get("sessionid"));
        assertThat(late.get("/count/").status()).isEqualTo(400);
    }

    @Test
    void records_are_stored_as_json_and_read_back_as_records() {
        Client client = new Client(app(memory(new InMemorySessionStore(clock))));
        assertThat(client.post("/cart/", Map.of()).text()).isEqualTo("alice[1, 2]");
        assertThat(client.get("/cart/").text()).isEqualTo("alice[1, 2]");
    }

    @Test
    void java_time_values_are_stored_as_iso_8601_strings_and_read_back() {
        Visit visit = new Visit(Instant.parse("2026-01-01T09:30:00Z"), LocalDate.of(2026, 1, 1),
                Duration.ofMinutes(90));
        Application app = Jango.builder(Map.of()).set(SECRET_KEY, "s").set(ALLOWED_HOSTS, List.of("testserver"))
                .middleware(signed())
                .urls(path("visit/", (request, kwargs) -> {
                    Session session = Session.of(request);
                    if (request.method().equals("POST")) {
                        session.put("visit", visit).put("seen", visit.at());
                    }
                    return Response.text(session.get("visit") + " " + session.get("seen") + " "
                            + visit.equals(session.get("visit", Visit.class)) + " "
                            + visit.at().equals(session.get("seen", Instant.class)));
                })).build();
        Client client = new Client(app);

        client.post("/visit/", Map.of());
        assertThat(client.get("/visit/").text()).isEqualTo(
                "{at=2026-01-01T09:30:00Z, day=2026-01-01, stay=PT1H30M} 2026-01-01T09:30:00Z true true");
    }

    @Test
    void values_that_are_not_json_are_refused_where_they_are_put() {
        Application app = Jango.builder(Map.of()).set(SECRET_KEY, "s").set(ALLOWED_HOSTS, List.of("testserver"))
                .middleware(signed())
                .urls(path("bad/", (request, kwargs) -> {
                    assertThatThrownBy(() -> Session.of(request).put("file", Files.newInputStream(Path.of("/dev/null"))))
                            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("JSON");
                    return Response.text("checked");
                })).build();
        assertThat(new Client(app).get("/bad/").text()).isEqualTo("checked");
    }

    @Test
    void save_every_request_refreshes_the_cookie_even_when_unchanged() {
        Client client = new Client(app(SessionMiddleware.builder().saveEveryRequest(true).clock(clock).build()));
        client.get("/count/");
        assertThat(client.get("/peek/").header("Set-Cookie")).startsWith("sessionid=");
        assertThat(client.get("/plain/").header("Set-Cookie")).startsWith("sessionid=");
    }

    @Test
    void using_the_session_without_the_middleware_says_how_to_fix_it() {
        Application app = Jango.builder(Map.of()).set(DEBUG, true).set(ALLOWED_HOSTS, List.of("testserver"))
                .urls(path("peek/", (request, kwargs) -> Response.text(String.valueOf(Session.of(request).get("x")))))
                .build();
        ClientResponse response = new Client(app).get("/peek/");
        assertThat(response.status()).isEqualTo(500);
        assertThat(response.text()).contains("needs SessionMiddleware");
    }

    @Test
    void reads_a_session_cookie_made_by_django() {
        // Django's signed_cookies engine wrote {"count":3,"user":"alice"} with this key at t=1700000000
        // (../shared/testdata/django-signing.tsv)
        String signed = "eyJjb3VudCI6MywidXNlciI6ImFsaWNlIn0:1r31eq:KyNqDhqiGgyBPNHwj6Rg-wPgZF7tY0TTzHnxJ9A2_Gc";
        clock.set(Instant.ofEpochSecond(1_700_000_000L).plusSeconds(60));
        Application app = Jango.builder(Map.of()).set(SECRET_KEY, "jango-test-secret-key-0123456789")
                .set(ALLOWED_HOSTS, List.of("testserver")).middleware(signed())
                .urls(path("who/", (request, kwargs) -> Response.text(Session.of(request).get("user") + " "
                        + Session.of(request).get("count"))))
                .build();
        Client client = new Client(app);
        client.cookie("sessionid", signed);
        assertThat(client.get("/who/").text()).isEqualTo("alice 3");
    }

    @Test
    void same_site_none_without_secure_is_refused_at_start_up() {
        assertThatThrownBy(() -> SessionMiddleware.builder().cookieSameSite(dev.jango.http.Cookie.SameSite.NONE)
                .build())
                .hasMessageContaining("cookieSecure(true)");
        SessionStore store = new SignedCookieSessionStore();
        assertThat(SessionMiddleware.builder().store(store).cookieSecure(true)
                .cookieSameSite(dev.jango.http.Cookie.SameSite.NONE).build()).isNotNull();
    }

    @Test
    void session_of_gives_the_one_session_of_a_request_and_names_the_missing_middleware_without_it() {
        Application app = Jango.builder(Map.of()).set(SECRET_KEY, "s").set(ALLOWED_HOSTS, List.of("testserver"))
                .middleware(signed())
                .urls(path("same/", (request, kwargs) -> Response.text(String.valueOf(
                        Session.of(request) == Session.of(request)))))
                .build();
        assertThat(new Client(app).get("/same/").text()).isEqualTo("true");
        assertThatThrownBy(() -> Session.of(new RequestFactory().get("/")))
                .isInstanceOf(ImproperlyConfigured.class).hasMessageContaining("needs SessionMiddleware");
    }
}
