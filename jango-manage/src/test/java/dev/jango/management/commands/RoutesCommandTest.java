package dev.jango.management.commands;

import static dev.jango.conf.CoreSettings.DEBUG;
import static dev.jango.urls.Urls.include;
import static dev.jango.urls.Urls.path;
import static dev.jango.urls.Urls.reInclude;
import static dev.jango.urls.Urls.rePath;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.contrib.auth.Access;
import dev.jango.contrib.auth.LoginView;
import dev.jango.Jango;
import dev.jango.http.Request;
import dev.jango.http.Response;
import dev.jango.management.Runs;
import dev.jango.middleware.Csrf;
import dev.jango.views.Kwargs;
import dev.jango.urls.Urls;
import dev.jango.views.MethodView;
import dev.jango.views.Views;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RoutesCommandTest {

    static final class ArticleView extends MethodView {
        @Override
        protected Response get(Request request, Kwargs kwargs) {
            return Response.text("article");
        }

        @Override
        protected Response post(Request request, Kwargs kwargs) {
            return Response.text("saved");
        }
    }

    static Response detail(Request request, Kwargs kwargs) {
        return Response.text("detail");
    }

    private static Jango app() {
        return Jango.builder(Map.of()).set(DEBUG, true).urls(
                path("", (request, kwargs) -> Response.text("home"), "home"),
                include("polls/", Urls.app("polls", List.of(
                        path("", (request, kwargs) -> Response.text("index"), "index"),
                        path("<int:question_id>/", Views.named("polls.views.detail", RoutesCommandTest::detail),
                                "detail")))),
                path("articles/<slug:slug>/", new ArticleView(), "article"),
                path("accounts/login/", new LoginView(), "login"),
                path("hook/", Csrf.exempt(Views.requirePost((request, kwargs) -> Response.text("ok")))),
                path("staff/", Access.staffMemberRequired(new ArticleView()), "staff"),
                path("closed/", Views.requirePost(Views.requireGet((request, kwargs) -> Response.text("never")))))
                .build();
    }

    @Test
    void lists_patterns_in_resolution_order_with_names_views_and_methods_aligned() {
        Runs.Result result = Runs.of(RoutesCommandTest::app).run("routes");

        assertThat(result.status()).isZero();
        List<String> lines = result.out().lines().toList();
        assertThat(lines.getFirst()).matches("PATTERN +NAME +VIEW +METHODS");
        assertThat(lines.subList(1, lines.size())).extracting(line -> line.split(" +")[0]).containsExactly(
                "/", "/polls/", "/polls/<int:question_id>/", "/articles/<slug:slug>/", "/accounts/login/", "/hook/",
                "/staff/", "/closed/");
        assertThat(lines.get(1)).contains(RoutesCommandTest.class.getName() + " (lambda)").endsWith(" -");
        assertThat(lines.get(3)).contains("polls:detail").contains("polls.views.detail").endsWith(" -");
        assertThat(lines.get(4)).contains("article").contains(ArticleView.class.getName())
                .endsWith(" GET,POST,HEAD,OPTIONS");
        assertThat(lines.get(5)).contains("login").contains("dev.jango.contrib.auth.LoginView");
        int nameColumn = lines.getFirst().indexOf("NAME");
        assertThat(lines).allSatisfy(line -> assertThat(line.charAt(nameColumn - 1)).isEqualTo(' '));
        assertThat(lines.get(3).indexOf("polls:detail")).isEqualTo(nameColumn);
    }

    @Test
    void a_decorated_view_shows_the_view_under_its_decorators_and_the_methods_they_let_through() {
        List<String> lines = Runs.of(RoutesCommandTest::app).run("routes").out().lines().toList();

        assertThat(lines.get(6)).contains(RoutesCommandTest.class.getName() + " (lambda) [csrfExempt]")
                .endsWith(" POST").doesNotContain("decorated view");
        assertThat(lines.get(7)).contains(ArticleView.class.getName() + " [loginRequired]")
                .endsWith(" GET,POST,HEAD,OPTIONS");
        assertThat(lines.get(8)).as("decorators that let no method through").endsWith(" (none)");
    }

    @Test
    void json_gives_each_route_as_an_object() throws Exception {
        Runs.Result result = Runs.of(RoutesCommandTest::app).run("routes", "--json");

        assertThat(result.out()).as("written for a terminal, not escaped for HTML")
                .contains("\"/polls/<int:question_id>/\"");
        JsonNode routes = JsonMapper.shared().readTree(result.out());
        assertThat(routes).hasSize(8);
        assertThat(routes.get(2).get("pattern").asString()).isEqualTo("/polls/<int:question_id>/");
        assertThat(routes.get(2).get("name").asString()).isEqualTo("polls:detail");
        assertThat(routes.get(2).get("view").asString()).isEqualTo("polls.views.detail");
        assertThat(routes.get(2).get("methods").isNull()).isTrue();
        assertThat(routes.get(2).get("decorators")).isEmpty();
        assertThat(routes.get(3).get("methods")).extracting(JsonNode::asString)
                .containsExactly("GET", "POST", "HEAD", "OPTIONS");
        assertThat(routes.get(5).get("name").isNull()).isTrue();
        assertThat(routes.get(5).get("view").asString()).isEqualTo(RoutesCommandTest.class.getName() + " (lambda)");
        assertThat(routes.get(5).get("methods")).extracting(JsonNode::asString).containsExactly("POST");
        assertThat(routes.get(5).get("decorators")).extracting(JsonNode::asString).containsExactly("csrfExempt");
        assertThat(routes.get(7).get("methods")).isEmpty();
    }

    @Test
    void regular_expression_routes_are_listed_as_written_with_their_include_prefix() throws Exception {
        Runs.Result result = Runs.of(() -> Jango.builder(Map.of()).set(DEBUG, true).urls(
                rePath("^articles/(?P<year>[0-9]{4})/$", Views.requireGet(RoutesCommandTest::detail), "year"),
                reInclude("^blog/", List.of(path("<slug:slug>/", RoutesCommandTest::detail, Map.of("blog", true),
                        "post")), "blog")).build()).run("routes", "--json");

        assertThat(result.status()).isZero();
        JsonNode routes = JsonMapper.shared().readTree(result.out());
        assertThat(routes.get(0).get("pattern").asString()).isEqualTo("/^articles/(?P<year>[0-9]{4})/$");
        assertThat(routes.get(0).get("methods")).extracting(JsonNode::asString).containsExactly("GET");
        assertThat(routes.get(1).get("pattern").asString()).isEqualTo("/^blog/<slug:slug>/");
        assertThat(routes.get(1).get("name").asString()).isEqualTo("blog:post");
    }

    @Test
    void an_app_without_routes_says_so() {
        Runs.Result result = Runs.of(() -> Jango.builder(Map.of()).set(DEBUG, true).build()).run("routes");

        assertThat(result.out()).isEqualTo("The app has no URL patterns." + System.lineSeparator());
    }
}
