package dev.jango.templates.pebble;

import static dev.jango.conf.CoreSettings.ALLOWED_HOSTS;
import static dev.jango.conf.CoreSettings.DEBUG;
import static dev.jango.conf.CoreSettings.SECRET_KEY;
import static dev.jango.urls.Urls.include;
import static dev.jango.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.Jango;
import dev.jango.MiddlewareStack;
import dev.jango.contrib.auth.Auth;
import dev.jango.contrib.auth.AuthenticationMiddleware;
import dev.jango.contrib.auth.InMemoryUserStore;
import dev.jango.contrib.auth.LoginView;
import dev.jango.contrib.auth.Logins;
import dev.jango.contrib.auth.hashers.PasswordHashers;
import dev.jango.contrib.messages.Message;
import dev.jango.contrib.messages.MessageMiddleware;
import dev.jango.contrib.messages.Messages;
import dev.jango.contrib.sessions.SessionMiddleware;
import dev.jango.http.Response;
import dev.jango.template.TemplateDoesNotExist;
import dev.jango.template.TemplateResponse;
import dev.jango.template.Templates;
import dev.jango.test.Client;
import dev.jango.test.ClientResponse;
import dev.jango.urls.UrlEntry;
import dev.jango.urls.Urls;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PebbleTemplatesTest {

    record Question(int id, String text) {}

    private final InMemoryUserStore users = new InMemoryUserStore(PasswordHashers.forTests());

    private Client client(PebbleTemplates engine, boolean debug) {
        return new Client(Jango.builder(Map.of()).set(DEBUG, debug).set(SECRET_KEY, "t")
                .set(ALLOWED_HOSTS, List.of("testserver")).templateEngine(engine)
                .middleware(new SessionMiddleware(), AuthenticationMiddleware.builder().users(users)
                        .hashers(PasswordHashers.forTests()).build(), new MessageMiddleware())
                .urls(
                        path("", (request, kwargs) -> Templates.render(request, "polls/index.html", Map.of(
                                "questions", List.of(new Question(1, "Tea <or> coffee?"), new Question(2, "Cats & dogs?")),
                                "csrf_token", "tok\"en"))),
                        include("polls/", Urls.app("polls", List.of(path("<int:id>/", (r, k) -> Response.text("q"), "detail")))),
                        path("broken/", (request, kwargs) -> new TemplateResponse("broken.html", Map.of())),
                        path("bad-url/", (request, kwargs) -> new TemplateResponse("bad_url.html", Map.of())),
                        path("add/", (request, kwargs) -> {
                            Messages.success(request, "Saved <b>it</b>.");
                            Messages.add(request, Message.ERROR, "Oops", "urgent");
                            return Response.text("added");
                        }),
                        path("messages/", (request, kwargs) -> new TemplateResponse("messages.html", Map.of())),
                        path("accounts/login/", new LoginView(), "login"),
                        path("page/", (request, kwargs) -> new TemplateResponse("page.html", Map.of("n", 1))),
                        path("string/", (request, kwargs) -> Response.text(Templates.renderToString(request, "page.html",
                                Map.of("n", 2)))))
                .build());
    }

    @Test
    void renders_with_inheritance_autoescaping_and_djangos_tags() {
        ClientResponse response = client(PebbleTemplates.builder().build(), false).get("/");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text())
                .contains("<title>Latest polls</title>")
                .contains("<a href=\"/polls/1/\">Tea &lt;or&gt; coffee?</a>")
                .contains("<a href=\"/polls/2/\">Cats &amp; dogs?</a>")
                .contains("href=\"/static/css/site.css\"")
                .contains("<input type=\"hidden\" name=\"csrfmiddlewaretoken\" value=\"tok&quot;en\">")
                .doesNotContain("<or>");
    }

    @Test
    void context_processors_give_the_user_and_perms() {
        users.createUser("alice", "pw", "polls.vote");
        Client client = client(PebbleTemplates.builder().build(), false);
        assertThat(client.get("/").text()).contains("<p class=\"user\"></p>");
        assertThat(Logins.login(client, "alice", "pw")).isTrue();
        assertThat(client.get("/").text()).contains("<p class=\"user\">alice can vote</p>");
    }

    @Test
    void the_default_context_processors_are_jangos_defaults(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("form.html"), "{% csrf_token %}|{{ debug }}|{{ request.path }}|{{ user.username }}"
                + "|{{ messages | length }}");
        Client client = new Client(Jango.builder(Map.of()).set(DEBUG, true).set(SECRET_KEY, "t")
                .set(ALLOWED_HOSTS, List.of("testserver"))
                .templateEngine(PebbleTemplates.builder().directory(dir).build())
                .middleware(MiddlewareStack.defaults().install(Auth.app(AuthenticationMiddleware.builder().users(users)
                        .hashers(PasswordHashers.forTests()).build())).toList())
                .urls(path("form/", (request, kwargs) -> new TemplateResponse("form.html", Map.of())))
                .build());
        users.createUser("carol", "pw");
        assertThat(Logins.login(client, "carol", "pw")).isTrue();
        ClientResponse response = client.get("/form/");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text()).as("csrf_token (CSRF), debug and request (templates), user (auth), messages")
                .matches("<input type=\"hidden\" name=\"csrfmiddlewaretoken\" value=\"[A-Za-z0-9]{16,}\">"
                        + "\\|true\\|/form/\\|carol\\|0");
    }

    @Test
    void the_test_client_sees_which_templates_rendered_and_their_context() {
        ClientResponse response = client(PebbleTemplates.builder().build(), false).get("/");
        assertThat(response.templateNames()).containsExactly("polls/index.html");
        assertThat(response.context().get("questions")).asList().hasSize(2);
        assertThat(response.context()).doesNotContainKey("user");
    }

    @Test
    void messages_show_once_in_templates_escaped_with_their_tags() {
        Client client = client(PebbleTemplates.builder().build(), false);
        client.get("/add/");
        assertThat(client.get("/messages/").text()).isEqualTo(
                "<ul><li class=\"success\">Saved &lt;b&gt;it&lt;/b&gt;.</li><li class=\"urgent error\">Oops</li></ul>\n");
        assertThat(client.get("/messages/").text()).isEqualTo("<ul></ul>\n");
    }

    @Test
    void the_login_page_is_a_template_an_app_can_override(@TempDir Path dir) throws Exception {
        users.createUser("bob", "pw");
        Client builtin = client(PebbleTemplates.builder().build(), false);
        assertThat(builtin.get("/accounts/login/?next=/x/").text()).contains("<h1>Log in</h1>", "value=\"/x/\"");
        ClientResponse failed = builtin.post("/accounts/login/", Map.of("username", "bob<", "password", "no"));
        assertThat(failed.templateNames()).containsExactly("registration/login.html");
        assertThat(failed.text()).contains("Please enter a correct username", "value=\"bob&lt;\"");
        assertThat(failed.header("Cache-Control")).contains("no-store");

        Files.createDirectories(dir.resolve("registration"));
        Files.writeString(dir.resolve("registration/login.html"), "<h1>Our login</h1>{{ error }}");
        Client custom = client(PebbleTemplates.builder().directory(dir).build(), false);
        assertThat(custom.get("/accounts/login/").text()).isEqualTo("<h1>Our login</h1>");
        assertThat(custom.post("/accounts/login/", Map.of("username", "bob", "password", "pw")).status()).isEqualTo(302);
    }

    @Test
    void static_urls_can_come_from_a_manifest() {
        ClientResponse response = client(PebbleTemplates.builder()
                .staticUrls(p -> "/static/" + p.replace(".css", ".3f2a9c1b7d4e.css")).build(), false).get("/");
        assertThat(response.text()).contains("href=\"/static/css/site.3f2a9c1b7d4e.css\"");
    }

    @Test
    void an_edited_template_shows_on_reload_in_debug_and_is_cached_otherwise(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("page.html");
        Files.writeString(page, "v1 {{ n }}");
        Client debug = client(PebbleTemplates.builder().directory(dir).build(), true);
        Client production = client(PebbleTemplates.builder().directory(dir).build(), false);
        assertThat(debug.get("/page/").text()).isEqualTo("v1 1");
        assertThat(production.get("/page/").text()).isEqualTo("v1 1");
        Files.writeString(page, "v2 {{ n }}");
        assertThat(debug.get("/page/").text()).isEqualTo("v2 1");
        assertThat(production.get("/page/").text()).isEqualTo("v1 1");
        assertThat(debug.get("/string/").text()).isEqualTo("v2 2");
    }

    @Test
    void directories_come_before_the_class_path(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("polls"));
        Files.writeString(dir.resolve("polls/index.html"), "overridden");
        assertThat(client(PebbleTemplates.builder().directory(dir).build(), false).get("/").text()).isEqualTo("overridden");
    }

    @Test
    void a_template_error_in_debug_shows_the_template_the_line_and_the_source() {
        ClientResponse response = client(PebbleTemplates.builder().build(), true).get("/broken/");
        assertThat(response.status()).isEqualTo(500);
        assertThat(response.text()).contains("Template error", "broken.html", "error at line 3",
                "{% for x in %}", "line two", "line four");
        ClientResponse url = client(PebbleTemplates.builder().build(), true).get("/bad-url/");
        assertThat(url.text()).contains("bad_url.html", "error at line 2", "polls:nothing");
        ClientResponse quiet = client(PebbleTemplates.builder().build(), false).get("/broken/");
        assertThat(quiet.status()).isEqualTo(500);
        assertThat(quiet.text()).doesNotContain("broken.html");
    }

    @Test
    void a_missing_template_says_where_it_looked(@TempDir Path dir) {
        PebbleTemplates engine = PebbleTemplates.builder().directory(dir).build();
        assertThatThrownBy(() -> engine.template("nope.html")).isInstanceOf(TemplateDoesNotExist.class)
                .hasMessageContaining("nope.html").hasMessageContaining(dir.toString())
                .hasMessageContaining("classpath:templates/");
        assertThatThrownBy(() -> PebbleTemplates.builder().directory(dir.resolve("missing")).build())
                .hasMessageContaining("does not exist");
    }

    @Test
    void the_url_tag_prefers_the_instance_the_request_was_resolved_under(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("links.html"), "{% url 'polls:detail' 3 %}|{% url 'polls-archive:detail' 4 %}");
        List<UrlEntry> polls = List.of(
                path("", (request, kwargs) -> new TemplateResponse("links.html", Map.of()), "index"),
                path("<int:id>/", (request, kwargs) -> Response.text("q"), "detail"));
        try (Client client = new Client(Jango.builder(Map.of()).set(SECRET_KEY, "t")
                .set(ALLOWED_HOSTS, List.of("testserver")).templateEngine(PebbleTemplates.builder().directory(dir).build())
                .urls(path("", (request, kwargs) -> new TemplateResponse("links.html", Map.of())),
                        path("chosen/", (request, kwargs) -> {
                            Urls.setCurrentApp(request, "polls-archive");
                            return new TemplateResponse("links.html", Map.of());
                        }),
                        include("polls/", Urls.app("polls", polls)),
                        include("archive/polls/", Urls.app("polls", polls), "polls-archive"))
                .build())) {
            assertThat(client.get("/archive/polls/").text()).isEqualTo("/archive/polls/3/|/archive/polls/4/");
            assertThat(client.get("/polls/").text()).isEqualTo("/polls/3/|/archive/polls/4/");
            assertThat(client.get("/").text()).as("no current app: the default instance")
                    .isEqualTo("/polls/3/|/archive/polls/4/");
            assertThat(client.get("/chosen/").text()).isEqualTo("/archive/polls/3/|/archive/polls/4/");
        }
    }
}
