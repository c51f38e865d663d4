package dev.jango.views;

import static dev.jango.conf.CoreSettings.DEBUG;
import static dev.jango.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.conf.Settings;
import dev.jango.contrib.auth.Access;
import dev.jango.http.Request;
import dev.jango.http.Response;
import dev.jango.http.TestGateway;
import dev.jango.middleware.Csrf;
import dev.jango.middleware.CsrfViewMiddleware;
import dev.jango.urls.ResolverMatch;
import dev.jango.urls.UrlResolver;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What decorators tell about the view they wrap: the view itself, its name and the methods it serves. */
class ViewMetadataTest {

    private static final Settings SETTINGS = Settings.builder(Map.of()).set(DEBUG, true).build();

    private final View detail = (request, kwargs) -> Response.text("detail");

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

    private static Request request(String method) {
        return Request.from(TestGateway.request(method, "/", new byte[0]), SETTINGS);
    }

    @Test
    void unwrap_finds_the_view_under_every_layer_of_decorators() {
        View decorated = Access.loginRequired(Csrf.exempt(Views.requirePost(Conditions.etag((r, k) -> "v1",
                Csrf.ensureCookie(detail)))));

        assertThat(Views.unwrap(decorated)).isSameAs(detail);
        assertThat(Views.unwrap(Views.decorate(detail, (request, kwargs) -> detail.handle(request, kwargs))))
                .isSameAs(detail);
        assertThat(Views.unwrap(detail)).as("a view without decorators is its own innermost").isSameAs(detail);
    }

    @Test
    void require_methods_publishes_the_methods_it_lets_through_readable_from_the_resolver_match() {
        UrlResolver resolver = UrlResolver.of(List.of(
                path("get/", Views.requireGet(detail)),
                path("post/", Csrf.exempt(Views.requirePost(detail))),
                path("safe/", Views.requireSafe(detail)),
                path("change/", Views.requireMethods(List.of("PUT", "PATCH"), detail)),
                path("plain/", detail)));

        assertThat(resolver.resolve("/get/").meta(Views.ALLOWED_METHODS)).as("HEAD refused, as require_GET")
                .isEqualTo(List.of("GET"));
        ResolverMatch post = resolver.resolve("/post/");
        assertThat(post.meta(Views.ALLOWED_METHODS)).isEqualTo(List.of("POST"));
        assertThat(post.hasFlag(CsrfViewMiddleware.EXEMPT)).isTrue();
        assertThat(resolver.resolve("/safe/").meta(Views.ALLOWED_METHODS)).isEqualTo(List.of("GET", "HEAD"));
        assertThat(resolver.resolve("/change/").meta(Views.ALLOWED_METHODS)).isEqualTo(List.of("PUT", "PATCH"));
        assertThat(resolver.resolve("/plain/").meta(Views.ALLOWED_METHODS)).isNull();
    }

    @Test
    void a_method_view_publishes_its_methods_and_decorators_keep_them() {
        ArticleView article = new ArticleView();

        assertThat(article.meta()).containsEntry(Views.ALLOWED_METHODS, List.of("GET", "POST", "HEAD", "OPTIONS"));
        View exempt = Csrf.exempt(article);
        assertThat(exempt.meta()).containsEntry(Views.ALLOWED_METHODS, article.allowedMethods())
                .containsEntry(CsrfViewMiddleware.EXEMPT, true);
        assertThat(Views.unwrap(exempt)).isSameAs(article);
    }

    @Test
    void nested_method_requirements_publish_only_the_methods_both_let_through() throws Exception {
        View getOnlyArticle = Views.requireGet(new ArticleView());
        View none = Views.requirePost(Views.requireGet(detail));

        assertThat(getOnlyArticle.meta().get(Views.ALLOWED_METHODS)).isEqualTo(List.of("GET"));
        assertThat(none.meta().get(Views.ALLOWED_METHODS)).isEqualTo(List.of());
        assertThat(none.handle(request("GET"), Kwargs.empty()).status()).isEqualTo(405);
        assertThat(none.handle(request("POST"), Kwargs.empty()).header("Allow")).isEqualTo("GET");
    }

    @Test
    void named_gives_a_view_a_name_that_later_decorators_keep_and_changes_nothing_else() throws Exception {
        View named = Views.named("polls.views.detail", detail);
        View decorated = Views.requireGet(Csrf.exempt(named));

        assertThat(named.meta()).containsEntry(Views.QUALIFIED_NAME, "polls.views.detail");
        assertThat(decorated.meta()).containsEntry(Views.QUALIFIED_NAME, "polls.views.detail")
                .containsEntry(CsrfViewMiddleware.EXEMPT, true);
        assertThat(Views.unwrap(decorated)).isSameAs(detail);
        assertThat(named.handle(request("GET"), Kwargs.empty()).text()).isEqualTo("detail");
        assertThatThrownBy(() -> Views.named(" ", detail)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void metadata_added_to_a_decorated_view_keeps_its_behaviour_and_what_it_wraps() throws Exception {
        View getOnly = Views.withMeta(Views.requireGet(detail), "custom", "yes");

        assertThat(getOnly.meta()).containsEntry("custom", "yes").containsEntry(Views.ALLOWED_METHODS,
                List.of("GET"));
        assertThat(Views.unwrap(getOnly)).isSameAs(detail);
        assertThat(getOnly.handle(request("POST"), Kwargs.empty()).status()).isEqualTo(405);
        assertThat(getOnly.handle(request("GET"), Kwargs.empty()).text()).isEqualTo("detail");
    }
}
