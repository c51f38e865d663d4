package dev.jango.urls;

import static dev.jango.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.core.exceptions.ImproperlyConfigured;
import dev.jango.http.Response;
import dev.jango.views.View;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UrlResolverTest {

    private static View named(String name) {
        return (request, kwargs) -> Response.text(name);
    }

    @Test
    void int_and_str_parts_become_typed_kwargs() {
        UrlResolver resolver = UrlResolver.of(List.of(path("polls/<int:id>/<str:slug>/", named("d"), "detail")));
        ResolverMatch match = resolver.resolve("/polls/42/hello-world/");
        assertThat(match).isNotNull();
        assertThat(match.kwargs().get("id")).isEqualTo(42);
        assertThat(match.kwargs().getInt("id")).isEqualTo(42);
        assertThat(match.kwargs().getString("slug")).isEqualTo("hello-world");
        assertThat(match.urlName()).isEqualTo("detail");
        assertThat(match.route()).isEqualTo("polls/<int:id>/<str:slug>/");
    }

    @Test
    void a_part_without_converter_is_str() {
        ResolverMatch match = UrlResolver.of(List.of(path("u/<name>/", named("u")))).resolve("/u/ada/");
        assertThat(match.kwargs().get("name")).isEqualTo("ada");
    }

    @Test
    void the_whole_path_must_match() {
        UrlResolver resolver = UrlResolver.of(List.of(path("polls/<int:id>/", named("d")), path("about/", named("a"))));
        assertThat(resolver.resolve("/polls/4")).isNull();
        assertThat(resolver.resolve("/polls/4/x")).isNull();
        assertThat(resolver.resolve("/polls/x/")).isNull();
        assertThat(resolver.resolve("/about")).isNull();
        assertThat(resolver.resolve("/about/x")).isNull();
        assertThat(resolver.resolve("/about/")).isNotNull();
    }

    @Test
    void the_empty_route_matches_only_the_root() {
        UrlResolver resolver = UrlResolver.of(List.of(path("", named("home"))));
        assertThat(resolver.resolve("/")).isNotNull();
        assertThat(resolver.resolve("/x")).isNull();
    }

    @Test
    void first_declared_match_wins_even_across_prefixes() {
        View first = named("first");
        View second = named("second");
        UrlResolver resolver = UrlResolver.of(List.of(
                path("<str:anything>/", first),
                path("about/", second)));
        assertThat(resolver.resolve("/about/").view()).isSameAs(first);

        UrlResolver reversed = UrlResolver.of(List.of(path("about/", second), path("<str:anything>/", first)));
        assertThat(reversed.resolve("/about/").view()).isSameAs(second);
        assertThat(reversed.resolve("/other/").view()).isSameAs(first);
    }

    @Test
    void a_converter_that_declines_means_keep_looking() {
        View big = named("big");
        UrlResolver resolver = UrlResolver.of(List.of(path("n/<int:n>/", named("int")), path("n/<str:n>/", big)));
        ResolverMatch match = resolver.resolve("/n/99999999999999999999/");
        assertThat(match.view()).isSameAs(big);
        assertThat(match.kwargs().get("n")).isEqualTo("99999999999999999999");
    }

    @Test
    void slug_uuid_and_path_converters() {
        UUID id = UUID.randomUUID();
        UrlResolver resolver = UrlResolver.of(List.of(
                path("s/<slug:s>/", named("slug")),
                path("u/<uuid:id>/", named("uuid")),
                path("files/<path:rest>", named("path"))));
        assertThat(resolver.resolve("/s/a-b_c9/").kwargs().get("s")).isEqualTo("a-b_c9");
        assertThat(resolver.resolve("/s/a.b/")).isNull();
        assertThat(resolver.resolve("/u/" + id + "/").kwargs().get("id")).isEqualTo(id);
        assertThat(resolver.resolve("/u/not-a-uuid/")).isNull();
        assertThat(resolver.resolve("/files/a/b/c.txt").kwargs().get("rest")).isEqualTo("a/b/c.txt");
    }

    @Test
    void thousands_of_routes_resolve_to_the_right_one() {
        List<UrlPattern> patterns = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            patterns.add(path("api/resource" + i + "/<int:id>/", named("r" + i), "r" + i));
            patterns.add(path("static" + i + "/", named("s" + i), "s" + i));
        }
        UrlResolver resolver = UrlResolver.of(patterns);
        assertThat(resolver.resolve("/api/resource4321/7/").urlName()).isEqualTo("r4321");
        assertThat(resolver.resolve("/api/resource4321/7/").kwargs().getInt("id")).isEqualTo(7);
        assertThat(resolver.resolve("/static17/").urlName()).isEqualTo("s17");
        assertThat(resolver.resolve("/static5000/")).isNull();
    }

    @Test
    void bad_routes_fail_at_startup_saying_what_to_fix() {
        assertThatThrownBy(() -> path("/polls/", named("x")))
                .isInstanceOf(ImproperlyConfigured.class).hasMessageContaining("write 'polls/'");
        assertThatThrownBy(() -> path("p/<float:x>/", named("x")))
                .isInstanceOf(ImproperlyConfigured.class).hasMessageContaining("unknown converter 'float'")
                .hasMessageContaining("int");
        assertThatThrownBy(() -> path("p/<int:id/", named("x")))
                .isInstanceOf(ImproperlyConfigured.class).hasMessageContaining("without a closing '>'");
        assertThatThrownBy(() -> path("p/<int:1d>/", named("x")))
                .isInstanceOf(ImproperlyConfigured.class).hasMessageContaining("not a Java identifier");
    }
}
