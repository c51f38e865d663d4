package dev.jango.shortcuts;

import static dev.jango.conf.CoreSettings.ALLOWED_HOSTS;
import static dev.jango.conf.CoreSettings.SECRET_KEY;
import static dev.jango.urls.Urls.include;
import static dev.jango.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.Jango;
import dev.jango.core.exceptions.Http404;
import dev.jango.http.Response;
import dev.jango.template.TemplateEngine;
import dev.jango.test.Client;
import dev.jango.test.ClientResponse;
import dev.jango.urls.NoReverseMatch;
import dev.jango.urls.UrlResolver;
import dev.jango.urls.Urls;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Django's shortcuts: redirect, render, get_object_or_404. */
class ShortcutsTest {

    record Question(int id, String text) implements HasAbsoluteUrl {
        @Override
        public String absoluteUrl() {
            return Urls.reverse("polls:detail", id);
        }
    }

    private static final Map<Integer, Question> QUESTIONS = Map.of(1, new Question(1, "Tea?"));

    private static final TemplateEngine ENGINE = name -> (context, request) -> name + " " + new TreeMap<>(context);

    private static Jango.Builder app() {
        return Jango.builder(Map.of()).set(SECRET_KEY, "sc").set(ALLOWED_HOSTS, List.of("testserver")).urls(
                include("polls/", Urls.app("polls", List.of(
                        path("<int:id>/", (request, kwargs) -> {
                            Question question = Shortcuts.getOr404(Optional.ofNullable(
                                    QUESTIONS.get(kwargs.getInt("id"))));
                            return Shortcuts.render(request, "polls/detail.html", Map.of("question", question.text()));
                        }, "detail"),
                        path("<int:id>/strict/", (request, kwargs) -> Response.text(Shortcuts.getOr404(
                                Optional.ofNullable(QUESTIONS.get(kwargs.getInt("id"))), "No question here").text())),
                        path("created/", (request, kwargs) -> Shortcuts.render(request, "created.txt",
                                Map.of("n", 1), 201, "text/plain; charset=utf-8")),
                        path("go/", (request, kwargs) -> Shortcuts.redirect(request.query().get("to"), 1)),
                        path("moved/", (request, kwargs) -> Shortcuts.redirectPermanent("polls:detail", Map.of("id", 1))),
                        path("object/", (request, kwargs) -> Shortcuts.redirect(QUESTIONS.get(1))),
                        path("list/", (request, kwargs) -> Response.text(
                                Shortcuts.getListOr404(List.copyOf(QUESTIONS.values())).toString())),
                        path("empty/", (request, kwargs) -> Response.text(
                                Shortcuts.getListOr404(List.of()).toString()))))));
    }

    private final Client client = new Client(app().templateEngine(ENGINE).build());

    @Test
    void redirect_reverses_a_name_or_takes_a_url_or_an_objects_own_url() {
        assertThat(location(client.get("/polls/go/?to=polls:detail"))).isEqualTo("/polls/1/");
        assertThat(location(client.get("/polls/go/?to=/elsewhere/"))).isEqualTo("/elsewhere/");
        assertThat(location(client.get("/polls/go/?to=https://example.com/x"))).isEqualTo("https://example.com/x");
        assertThat(location(client.get("/polls/go/?to=../up/"))).isEqualTo("../up/");
        assertThat(location(client.get("/polls/go/?to=page.html"))).isEqualTo("page.html");
        assertThat(location(client.get("/polls/object/"))).isEqualTo("/polls/1/");
        assertThat(client.get("/polls/go/?to=polls:detail").status()).isEqualTo(302);
        ClientResponse moved = client.get("/polls/moved/");
        assertThat(moved.status()).isEqualTo(301);
        assertThat(location(moved)).isEqualTo("/polls/1/");
        assertThat(client.get("/polls/go/?to=nowhere").status()).as("no route and no URL: NoReverseMatch")
                .isEqualTo(500);
    }

    @Test
    void resolve_url_follows_djangos_order_and_refuses_other_objects() throws Exception {
        UrlResolver urls = app().build().urls();
        Urls.withUrlconf(urls, "/mount", () -> {
            assertThat(Shortcuts.resolveUrl("polls:detail", 1)).isEqualTo("/mount/polls/1/");
            assertThat(Shortcuts.resolveUrl("./here")).isEqualTo("./here");
            assertThatThrownBy(() -> Shortcuts.resolveUrl("nowhere")).isInstanceOf(NoReverseMatch.class);
            assertThatThrownBy(() -> Shortcuts.resolveUrl(42)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("java.lang.Integer");
            assertThat(Shortcuts.redirect("polls:detail", Map.of("id", 1)).header("Location"))
                    .isEqualTo("/mount/polls/1/");
            return null;
        });
    }

    @Test
    void render_renders_now_with_the_applications_engine() {
        ClientResponse detail = client.get("/polls/1/");
        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.header("Content-Type")).isEqualTo("text/html; charset=utf-8");
        assertThat(detail.text()).isEqualTo("polls/detail.html {question=Tea?}");
        assertThat(detail.templateNames()).containsExactly("polls/detail.html");
        ClientResponse created = client.get("/polls/created/");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Content-Type")).isEqualTo("text/plain; charset=utf-8");
        try (Client without = new Client(app().build())) {
            assertThat(without.get("/polls/1/").status()).as("no template engine: ImproperlyConfigured").isEqualTo(500);
        }
    }

    @Test
    void get_or_404_returns_the_value_or_answers_404() {
        assertThat(client.get("/polls/9/").status()).isEqualTo(404);
        assertThat(client.get("/polls/1/strict/").text()).isEqualTo("Tea?");
        assertThat(client.get("/polls/9/strict/").status()).isEqualTo(404);
        assertThatThrownBy(() -> Shortcuts.getOr404(Optional.empty(), "No question here"))
                .isInstanceOf(Http404.class).hasMessageContaining("No question here");
        assertThatThrownBy(() -> Shortcuts.getOr404(Optional.empty())).isInstanceOf(Http404.class)
                .hasMessageContaining("No object matches the given query.");
        assertThat(Shortcuts.getOr404(Optional.of("x"))).isEqualTo("x");
        assertThat(client.get("/polls/list/").status()).isEqualTo(200);
        assertThat(client.get("/polls/empty/").status()).isEqualTo(404);
    }

    private static String location(ClientResponse response) {
        return response.header("Location");
    }
}
