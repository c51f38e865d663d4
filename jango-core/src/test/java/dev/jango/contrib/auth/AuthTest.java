package dev.jango.contrib.auth;

import static dev.jango.conf.CoreSettings.ALLOWED_HOSTS;
import static dev.jango.conf.CoreSettings.DEBUG;
import static dev.jango.conf.CoreSettings.SECRET_KEY;
import static dev.jango.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.Jango;
import dev.jango.MiddlewareStack;
import dev.jango.contrib.auth.hashers.PasswordHashers;
import dev.jango.contrib.sessions.InMemorySessionStore;
import dev.jango.contrib.sessions.SessionMiddleware;
import dev.jango.core.exceptions.ImproperlyConfigured;
import dev.jango.gateway.Application;
import dev.jango.http.Response;
import dev.jango.http.Uris;
import dev.jango.test.Client;
import dev.jango.test.ClientResponse;
import dev.jango.test.RequestFactory;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Authentication through the whole cycle: login and logout views, guarded views, sessions, test-client helpers. */
class AuthTest {

    private final PasswordHashers hashers = PasswordHashers.forTests();
    private final InMemoryUserStore users = new InMemoryUserStore(hashers);
    private final SimpleUser alice = users.createUser("alice", "wonderland", "polls.vote");
    private final SimpleUser admin = users.createSuperuser("admin", "root-pass");
    private final InMemorySessionStore sessions = new InMemorySessionStore();
    private final Application app = app(AuthenticationMiddleware.builder().users(users).hashers(hashers).build());
    private final Client client = new Client(app);

    private Application app(AuthenticationMiddleware auth) {
        return Jango.builder(Map.of()).set(SECRET_KEY, "auth-secret").set(ALLOWED_HOSTS, List.of("testserver"))
                .middleware(SessionMiddleware.builder().store(sessions).build(), auth)
                .urls(
                        path("accounts/login/", new LoginView(), "login"),
                        path("accounts/logout/", new LogoutView(), "logout"),
                        path("whoami/", (request, kwargs) -> Response.text(Auth.user(request).isAuthenticated()
                                ? Auth.user(request).username() : "anonymous")),
                        path("private/", Access.loginRequired((request, kwargs) -> Response.text("secret"))),
                        path("vote/", Access.permissionRequired("polls.vote", (request, kwargs) -> Response.text("voted"))),
                        path("add/", Access.permissionRequired("polls.add_question",
                                (request, kwargs) -> Response.text("added"))),
                        path("staff/", Access.staffMemberRequired((request, kwargs) -> Response.text("staff"))),
                        path("switch/", (request, kwargs) -> {
                            User first = Auth.user(request);
                            StringBuilder out = new StringBuilder().append(first == Auth.user(request))
                                    .append(' ').append(first.isAuthenticated());
                            Auth.login(request, alice);
                            out.append(' ').append(Auth.user(request).username());
                            Auth.logout(request);
                            out.append(' ').append(Auth.user(request).isAuthenticated());
                            return Response.text(out.toString());
                        }))
                .build();
    }

    private ClientResponse logIn(String username, String password, String next) {
        Map<String, String> form = next == null ? Map.of("username", username, "password", password)
                : Map.of("username", username, "password", password, "next", next);
        return client.post("/accounts/login/", form);
    }

    @Test
    void the_login_form_logs_in_and_redirects_to_the_default_page() {
        ClientResponse form = client.get("/accounts/login/?next=/private/");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.text()).contains("name=\"username\"", "type=\"password\"", "value=\"/private/\"");
        assertThat(form.header("Cache-Control")).contains("no-store");

        ClientResponse login = logIn("alice", "wonderland", null);
        assertThat(login.status()).isEqualTo(302);
        assertThat(login.header("Location")).isEqualTo("/accounts/profile/");
        assertThat(client.get("/whoami/").text()).isEqualTo("alice");
    }

    @Test
    void wrong_credentials_and_inactive_users_get_the_form_again_without_saying_which_field() {
        for (String[] attempt : new String[][] {{"alice", "wrong"}, {"nobody", "wonderland"}, {"", ""}}) {
            ClientResponse response = logIn(attempt[0], attempt[1], null);
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.text()).contains("Please enter a correct username and password");
        }
        users.setActive(alice.id(), false);
        assertThat(logIn("alice", "wonderland", null).status()).isEqualTo(200);
        assertThat(client.get("/whoami/").text()).isEqualTo("anonymous");
    }

    @Test
    void the_username_is_escaped_when_the_form_is_shown_again() {
        String text = logIn("<script>alert(1)</script>", "x", "\"><script>").text();
        assertThat(text).doesNotContain("<script>").contains("&lt;script&gt;", "&quot;&gt;&lt;script&gt;");
    }

    @Test
    void login_changes_the_session_key_against_fixation() {
        client.get("/whoami/");
        client.cookie("sessionid", "fixedbyattacker00000000000000000");
        logIn("alice", "wonderland", null);
        String afterFirst = client.cookies().get("sessionid");
        assertThat(afterFirst).isNotEqualTo("fixedbyattacker00000000000000000").hasSize(32);
        logIn("admin", "root-pass", null);
        assertThat(client.cookies().get("sessionid")).isNotEqualTo(afterFirst);
        assertThat(client.get("/whoami/").text()).isEqualTo("admin");
        Client stolen = new Client(app);
        stolen.cookie("sessionid", afterFirst);
        assertThat(stolen.get("/whoami/").text()).isEqualTo("anonymous");
    }

    @Test
    void a_safe_next_is_followed() {
        assertThat(logIn("alice", "wonderland", "/private/?x=1").header("Location")).isEqualTo("/private/?x=1");
        assertThat(logIn("alice", "wonderland", "http://testserver/vote/").header("Location"))
                .isEqualTo("http://testserver/vote/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://evil.example/", "//evil.example", "///evil.example", "/\\evil.example",
        "\\\\evil.example", "/\t/evil.example", "https:evil.example", "javascript:alert(1)", "http://testserver@evil.example/"})
    void an_open_redirect_through_next_goes_to_the_default_page_instead(String next) {
        ClientResponse login = logIn("alice", "wonderland", next);
        assertThat(login.status()).isEqualTo(302);
        assertThat(login.header("Location")).isEqualTo("/accounts/profile/");
    }

    @Test
    void a_next_outside_ascii_is_sent_as_a_uri() {
        assertThat(logIn("alice", "wonderland", "/café/?q=€").header("Location")).isEqualTo("/caf%C3%A9/?q=%E2%82%AC");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/polls/\r\nSet-Cookie: stolen=1", "/a\nb", "/a\0b", "\r\n/polls/", "\0/polls/", "/\r\n/evil.example"})
    void a_next_with_a_line_break_or_nul_gives_a_safe_redirect_never_a_500(String next) {
        ClientResponse login = logIn("alice", "wonderland", next);
        ClientResponse logout = new Client(app).post("/accounts/logout/", Map.of("next", next));

        assertThat(login.status()).isEqualTo(302);
        assertThat(login.header("Location")).isIn("/accounts/profile/", Uris.iriToUri(next));
        assertThat(logout.status()).as("a redirect, or the logged-out page when next is not safe").isIn(302, 200);
        for (ClientResponse response : List.of(login, logout)) {
            if (response.status() == 302) {
                assertThat(response.header("Location")).as(response.requestLine())
                        .matches("[\\x21-\\x7e]+").doesNotContain("evil.example");
            }
        }
    }

    @Test
    void logout_with_a_next_holding_a_line_break_redirects_there_encoded() {
        ClientResponse response = new Client(app).post("/accounts/logout/", Map.of("next", "/polls/\r\nX: 1"));

        assertThat(response.status()).isEqualTo(302);
        assertThat(response.header("Location")).isEqualTo("/polls/%0D%0AX:%201");
    }

    @Test
    void login_required_sends_anonymous_users_to_the_login_page_with_next() {
        ClientResponse response = client.get("/private/?a=1&b=two");
        assertThat(response.status()).isEqualTo(302);
        assertThat(response.header("Location")).isEqualTo("/accounts/login/?next=/private/%3Fa%3D1%26b%3Dtwo");
        Logins.login(client, "alice", "wonderland");
        assertThat(client.get("/private/").text()).isEqualTo("secret");
    }

    @Test
    void permission_required_gives_403_to_users_without_it_and_passes_superusers() {
        assertThat(client.get("/vote/").status()).isEqualTo(302);
        Logins.login(client, "alice", "wonderland");
        assertThat(client.get("/vote/").text()).isEqualTo("voted");
        assertThat(client.get("/add/").status()).isEqualTo(403);
        assertThat(client.get("/staff/").status()).isEqualTo(403);
        Logins.forceLogin(client, admin);
        assertThat(client.get("/add/").text()).isEqualTo("added");
        assertThat(client.get("/staff/").text()).isEqualTo("staff");
    }

    @Test
    void logout_is_post_only_and_ends_the_session() {
        Logins.login(client, "alice", "wonderland");
        String key = client.cookies().get("sessionid");
        ClientResponse get = client.get("/accounts/logout/");
        assertThat(get.status()).isEqualTo(405);
        assertThat(get.header("Allow")).isEqualTo("POST, OPTIONS");
        ClientResponse options = client.options("/accounts/logout/"); // Django's View.options: 200 with Allow
        assertThat(options.status()).isEqualTo(200);
        assertThat(options.header("Allow")).isEqualTo("POST, OPTIONS");
        assertThat(client.options("/accounts/login/").header("Allow")).isEqualTo("GET, POST, HEAD, OPTIONS");
        assertThat(client.get("/whoami/").text()).isEqualTo("alice");
        ClientResponse out = client.post("/accounts/logout/", Map.of());
        assertThat(out.status()).isEqualTo(200);
        assertThat(out.text()).contains("logged out");
        assertThat(client.get("/whoami/").text()).isEqualTo("anonymous");
        Client replay = new Client(app);
        replay.cookie("sessionid", key);
        assertThat(replay.get("/whoami/").text()).isEqualTo("anonymous");
    }

    @Test
    void logout_redirects_to_a_safe_next_or_the_configured_page() {
        Client configured = new Client(app(AuthenticationMiddleware.builder().users(users).hashers(hashers)
                .logoutRedirectUrl("/bye/").build()));
        Logins.login(configured, "alice", "wonderland");
        assertThat(configured.post("/accounts/logout/", Map.of("next", "//evil.example")).header("Location"))
                .isEqualTo("/bye/");
        Logins.login(configured, "alice", "wonderland");
        assertThat(configured.post("/accounts/logout/", Map.of("next", "/polls/")).header("Location"))
                .isEqualTo("/polls/");
    }

    @Test
    void changing_the_password_logs_out_other_sessions_but_update_session_auth_hash_keeps_one() {
        Client laptop = new Client(app);
        Client phone = new Client(app);
        Logins.login(laptop, "alice", "wonderland");
        Logins.login(phone, "alice", "wonderland");
        users.setPassword(alice.id(), hashers.make("new-password"));
        assertThat(phone.get("/whoami/").text()).isEqualTo("anonymous");
        assertThat(Logins.login(laptop, "alice", "wonderland")).isFalse();
        assertThat(Logins.login(laptop, "alice", "new-password")).isTrue();
        assertThat(laptop.get("/whoami/").text()).isEqualTo("alice");
    }

    @Test
    void a_hash_from_a_weaker_scheme_is_upgraded_on_login() {
        PasswordHashers strong = PasswordHashers.defaults();
        Client client = new Client(app(AuthenticationMiddleware.builder().users(users).hashers(strong).build()));
        String before = users.findById(alice.id()).orElseThrow().password();
        assertThat(Logins.login(client, "alice", "wonderland")).isTrue();
        String after = users.findById(alice.id()).orElseThrow().password();
        assertThat(after).isNotEqualTo(before).startsWith("pbkdf2_sha256$");
        assertThat(strong.check("wonderland", after, upgraded -> {
            throw new AssertionError("already upgraded");
        })).isTrue();
    }

    @Test
    void test_client_helpers_log_in_force_log_in_and_log_out() {
        assertThat(Logins.login(client, "alice", "nope")).isFalse();
        assertThat(Logins.login(client, "alice", "wonderland")).isTrue();
        assertThat(client.get("/whoami/").text()).isEqualTo("alice");
        Logins.forceLogin(client, admin);
        assertThat(client.get("/whoami/").text()).isEqualTo("admin");
        String key = client.cookies().get("sessionid");
        Logins.logout(client);
        assertThat(client.cookies()).isEmpty();
        assertThat(client.get("/whoami/").text()).isEqualTo("anonymous");
        client.cookie("sessionid", key);
        assertThat(client.get("/whoami/").text()).as("the session was deleted, not just forgotten").isEqualTo("anonymous");
    }

    @Test
    void the_user_and_login_need_their_middleware_and_say_so() {
        Application bare = Jango.builder(Map.of()).set(DEBUG, true).set(ALLOWED_HOSTS, List.of("testserver"))
                .urls(path("whoami/", (request, kwargs) -> Response.text(Auth.user(request).username()))).build();
        assertThat(new Client(bare).get("/whoami/").text()).contains("needs AuthenticationMiddleware");
        assertThatThrownBy(() -> Logins.login(new Client(bare), "a", "b")).hasMessageContaining("SessionMiddleware");
        assertThatThrownBy(() -> AuthenticationMiddleware.builder().build()).hasMessageContaining("user store");
    }

    @Test
    void the_session_auth_hash_is_djangos_salted_hmac_of_the_password_hash() {
        User user = new SimpleUser("1", "u", "pbkdf2_sha256$1$salt$hash", true, false, false, java.util.Set.of());
        assertThat(Auth.sessionAuthHash(user, "secret")).hasSize(64).matches("[0-9a-f]+")
                .isNotEqualTo(Auth.sessionAuthHash(user, "other-secret"));
    }

    @Test
    void the_user_of_a_request_is_found_once_and_login_and_logout_replace_it_at_once() {
        assertThat(client.get("/switch/").text()).isEqualTo("true false alice false");
        assertThat(client.get("/whoami/").text()).isEqualTo("anonymous");
        assertThatThrownBy(() -> Auth.user(new RequestFactory().get("/")))
                .isInstanceOf(ImproperlyConfigured.class).hasMessageContaining("needs AuthenticationMiddleware");
    }

    @Test
    void the_auth_app_installed_in_the_default_stack_authenticates_after_sessions_and_csrf() {
        Jango app = Jango.builder(Map.of()).set(SECRET_KEY, "auth-secret").set(ALLOWED_HOSTS, List.of("testserver"))
                .middleware(MiddlewareStack.defaults().install(Auth.app(users)).toList())
                .urls(path("accounts/login/", new LoginView(), "login"),
                        path("whoami/", (request, kwargs) -> Response.text(Auth.user(request).username())))
                .build();
        Client installed = new Client(app).enforceCsrfChecks(true);
        String form = installed.get("/accounts/login/").text();
        String token = form.replaceAll("(?s).*name=\"csrfmiddlewaretoken\" value=\"([A-Za-z0-9]{64})\".*", "$1");
        ClientResponse login = installed.post("/accounts/login/", Map.of("username", "alice", "password", "wonderland",
                "csrfmiddlewaretoken", token));
        assertThat(login.status()).isEqualTo(302);
        assertThat(installed.get("/whoami/").text()).isEqualTo("alice");
        Client helped = new Client(app);
        Logins.forceLogin(helped, admin);
        assertThat(helped.get("/whoami/").text()).isEqualTo("admin");
    }

    @Test
    void the_context_processor_offers_the_anonymous_user_where_authentication_is_not_installed() {
        Map<String, ?> context = Auth.contextProcessor().contextFor(new RequestFactory().get("/"));
        User user = (User) context.get("user");
        assertThat(user.isAuthenticated()).isFalse();
        assertThat(((Map<?, ?>) context.get("perms")).get("polls.vote")).isEqualTo(false);
    }
}
