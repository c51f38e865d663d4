package dev.jango.urls;

import static dev.jango.conf.CoreSettings.ALLOWED_HOSTS;
import static dev.jango.conf.CoreSettings.SECRET_KEY;
import static dev.jango.urls.Urls.path;
import static dev.jango.urls.Urls.rePath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.Jango;
import dev.jango.http.Response;
import dev.jango.test.Client;
import dev.jango.views.View;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Extra keyword arguments on a route, as Django's {@code path(route, view, kwargs, name)}. */
class ExtraKwargsTest {

    private static final View SHOW = (request, kwargs) -> Response.text(kwargs.toString());

    private static Map<String, Object> ordered(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private final UrlResolver urls = UrlResolver.of(List.of(
            path("blog/<int:year>/", SHOW, ordered("foo", "bar", "page", 1), "blog-year"),
            path("about/", SHOW, Map.of("section", "about"), "about"),
            path("legacy/<int:year>/", SHOW, Map.of("year", 1999), "legacy"),
            path("feed/<slug:kind>/<int:page>/", SHOW, Map.of("format", "rss"), null),
            rePath("^archive/(?<year>[0-9]{4})/$", SHOW, Map.of("archived", true), "archive")));

    @Test
    void the_view_gets_the_extra_kwargs_over_the_captured_ones() throws Exception {
        try (Client client = new Client(Jango.builder(Map.of()).set(SECRET_KEY, "k")
                .set(ALLOWED_HOSTS, List.of("testserver")).urls(path("blog/<int:year>/", SHOW,
                        ordered("foo", "bar"), "blog-year")).build())) {
            assertThat(client.get("/blog/2005/").text()).isEqualTo("{year=2005, foo=bar}");
        }
        assertThat(urls.resolve("/blog/2005/").kwargs().asMap()).containsExactly(Map.entry("year", 2005),
                Map.entry("foo", "bar"), Map.entry("page", 1));
        assertThat(urls.resolve("/about/").kwargs().asMap()).isEqualTo(Map.of("section", "about"));
        assertThat(urls.resolve("/legacy/2024/").kwargs().asMap()).as("the extra value wins, as in Django")
                .isEqualTo(Map.of("year", 1999));
        assertThat(urls.resolve("/feed/news/2/").kwargs().asMap()).containsExactly(Map.entry("kind", "news"),
                Map.entry("page", 2), Map.entry("format", "rss"));
        assertThat(urls.resolve("/archive/2020/").kwargs().asMap()).containsExactly(Map.entry("year", "2020"),
                Map.entry("archived", true));
    }

    @Test
    void reverse_needs_only_the_captured_values_and_accepts_the_extra_ones_when_they_agree() {
        assertThat(urls.reverse("blog-year", 2005)).isEqualTo("/blog/2005/");
        assertThat(urls.reverse("blog-year", Map.of("year", 2005))).isEqualTo("/blog/2005/");
        assertThat(urls.reverse("blog-year", Map.of("year", 2005, "foo", "bar"))).isEqualTo("/blog/2005/");
        assertThatThrownBy(() -> urls.reverse("blog-year", Map.of("year", 2005, "foo", "baz")))
                .isInstanceOf(NoReverseMatch.class);
        assertThatThrownBy(() -> urls.reverse("blog-year", Map.of("year", 2005, "other", 1)))
                .isInstanceOf(NoReverseMatch.class);
        assertThat(urls.reverse("about")).isEqualTo("/about/");
        assertThat(urls.reverse("about", Map.of("section", "about"))).isEqualTo("/about/");
        assertThat(urls.reverse("legacy", Map.of("year", 2001))).as("a captured name fills the route")
                .isEqualTo("/legacy/2001/");
        assertThat(urls.reverse("legacy", Map.of())).as("or the extra value does").isEqualTo("/legacy/1999/");
        assertThat(urls.reverse("archive", Map.of("year", "2020", "archived", true))).isEqualTo("/archive/2020/");
    }

    @Test
    void extra_kwargs_are_checked_when_the_route_is_made() {
        Map<String, Object> withNull = new LinkedHashMap<>();
        withNull.put("x", null);
        assertThatThrownBy(() -> path("a/", SHOW, withNull, "a")).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("kwarg 'x' of route 'a/'");
        assertThat(path("a/", SHOW, Map.of("k", 1), "a").kwargs()).isEqualTo(Map.of("k", 1));
        assertThat(path("a/", SHOW, "a").kwargs()).isEmpty();
    }
}
