package dev.jango.urls;

import static dev.jango.urls.Urls.include;
import static dev.jango.urls.Urls.path;
import static dev.jango.urls.Urls.rePath;
import static dev.jango.urls.Urls.reInclude;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.core.exceptions.ImproperlyConfigured;
import dev.jango.http.Response;
import dev.jango.views.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code rePath} and {@code reInclude} match as Django's {@code re_path}: searched, anchored by ^, whole with $. */
class RePathTest {

    private static View named(String name) {
        return (request, kwargs) -> Response.text(name);
    }

    private static String viewOf(UrlResolver resolver, String path) {
        ResolverMatch match = resolver.resolve(path);
        return match == null ? null : match.route();
    }

    @Test
    void an_endpoint_without_dollar_matches_a_prefix_and_ignores_the_rest() {
        UrlResolver resolver = UrlResolver.of(List.of(rePath("^about", named("about"))));
        assertThat(viewOf(resolver, "/about")).isEqualTo("^about");
        assertThat(viewOf(resolver, "/about/us/")).isEqualTo("^about");
        assertThat(viewOf(resolver, "/aboutus")).isEqualTo("^about");
        assertThat(viewOf(resolver, "/x/about/")).as("anchored by ^").isNull();
    }

    @Test
    void an_endpoint_with_dollar_must_match_the_whole_path_with_or_without_caret() {
        UrlResolver resolver = UrlResolver.of(List.of(rePath("^exact/$", named("e")), rePath("tail/$", named("t"))));
        assertThat(viewOf(resolver, "/exact/")).isEqualTo("^exact/$");
        assertThat(viewOf(resolver, "/exact/more")).isNull();
        assertThat(viewOf(resolver, "/tail/")).isEqualTo("tail/$");
        assertThat(viewOf(resolver, "/the/tail/")).as("a full match starts where the path starts").isNull();
    }

    @Test
    void an_expression_without_caret_is_searched_for_anywhere() {
        UrlResolver resolver = UrlResolver.of(List.of(rePath("(?<id>[0-9]+)\\.json", named("json"))));
        ResolverMatch match = resolver.resolve("/api/v1/items/42.json");
        assertThat(match).isNotNull();
        assertThat(match.kwargs().get("id")).isEqualTo("42");
        assertThat(resolver.resolve("/api/items.json")).isNull();
    }

    @Test
    void a_group_that_takes_no_part_in_the_match_gives_no_kwarg() {
        UrlResolver resolver = UrlResolver.of(List.of(rePath("^page(?:/(?<n>[0-9]+))?/$", named("page"))));
        assertThat(resolver.resolve("/page/").kwargs().asMap()).isEmpty();
        assertThat(resolver.resolve("/page/").kwargs().contains("n")).isFalse();
        assertThat(resolver.resolve("/page/3/").kwargs().asMap()).isEqualTo(Map.of("n", "3"));
    }

    @Test
    void a_top_level_alternation_keeps_its_meaning() {
        UrlResolver resolver = UrlResolver.of(List.of(rePath("^a|b/$", named("alt"))));
        assertThat(viewOf(resolver, "/a")).isNotNull();
        assertThat(viewOf(resolver, "/b/")).isNotNull();
        assertThat(viewOf(resolver, "/ab/")).isNull();
    }

    @Test
    void reInclude_cuts_what_it_matches_and_hands_the_rest_to_the_included_patterns() {
        UrlResolver resolver = UrlResolver.of(List.of(
                reInclude("^blog/(?P<year>[0-9]{4})/", List.of(
                        path("", named("archive"), "archive"),
                        path("<slug:slug>/", named("post"), "post"))),
                reInclude("^docs/", List.of(rePath("^v(?<version>[0-9]+)", named("docs"), "docs")))));
        ResolverMatch post = resolver.resolve("/blog/2024/hello/");
        assertThat(post.kwargs().asMap()).isEqualTo(Map.of("year", "2024", "slug", "hello"));
        assertThat(post.route()).isEqualTo("^blog/(?P<year>[0-9]{4})/<slug:slug>/");
        assertThat(resolver.resolve("/blog/2024/").urlName()).isEqualTo("archive");
        assertThat(resolver.resolve("/blog/2024/x")).as("path('') matches only what is left: nothing").isNull();
        assertThat(resolver.resolve("/blog/2024/hello/more/")).isNull();
        assertThat(resolver.resolve("/docs/v2/intro/").kwargs().get("version")).as("a prefix, the rest ignored")
                .isEqualTo("2");
        assertThat(resolver.resolve("/docs/x/v2/")).as("^ anchors where the include's rest starts").isNull();
        assertThat(resolver.reverse("post", Map.of("year", "2024", "slug", "hi"))).isEqualTo("/blog/2024/hi/");
        assertThat(resolver.reverse("docs", Map.of("version", "3"))).isEqualTo("/docs/v3");
    }

    @Test
    void an_unanchored_include_is_searched_for_and_its_first_match_is_kept_as_django_does() {
        UrlResolver resolver = UrlResolver.of(List.of(
                reInclude("shop/", List.of(path("cart/", named("cart")))),
                reInclude("a", List.of(path("b/", named("ab"))))));
        assertThat(viewOf(resolver, "/en/shop/cart/")).isEqualTo("shop/cart/");
        assertThat(viewOf(resolver, "/shop/cart/")).isEqualTo("shop/cart/");
        assertThat(viewOf(resolver, "/xab/")).isEqualTo("ab/");
        // Django searches "a" once, in "xaab/": the first "a" leaves "ab/", which "b/" does not match.
        assertThat(viewOf(resolver, "/xaab/")).isNull();
    }

    @Test
    void first_declared_match_wins_between_indexed_and_unanchored_patterns() {
        List<UrlEntry> entries = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            entries.add(path("section" + i + "/<int:id>/", named("s" + i)));
        }
        entries.add(rePath("^section7/(?<id>[0-9]+)/$", named("shadowed")));
        entries.add(rePath("\\.php(?=/|$)", named("php")));
        entries.add(rePath("^ab?c/$", named("optional-b")));
        entries.add(rePath("^static\\.files/(?<rest>.*)$", named("static")));
        entries.add(path("section42/legacy.php", named("never: the rePath before wins")));
        UrlResolver resolver = UrlResolver.of(entries);
        assertThat(viewOf(resolver, "/section7/3/")).isEqualTo("section7/<int:id>/");
        assertThat(viewOf(resolver, "/section42/legacy.php")).isEqualTo("\\.php(?=/|$)");
        assertThat(viewOf(resolver, "/wp/admin.php/x")).isEqualTo("\\.php(?=/|$)");
        assertThat(viewOf(resolver, "/wp/admin.phpx")).isNull();
        assertThat(viewOf(resolver, "/ac/")).isEqualTo("^ab?c/$");
        assertThat(viewOf(resolver, "/abc/")).isEqualTo("^ab?c/$");
        assertThat(resolver.resolve("/static.files/css/a.css").kwargs().get("rest")).isEqualTo("css/a.css");
        assertThat(viewOf(resolver, "/staticXfiles/a")).isNull();
    }

    @Test
    void anchored_expressions_are_indexed_by_their_literal_lead() {
        assertThat(RegexText.literalLead("polls/(?<id>[0-9]+)/")).isEqualTo("polls/");
        assertThat(RegexText.literalLead("ab?c/")).isEqualTo("a");
        assertThat(RegexText.literalLead("ab+c/")).isEqualTo("a");
        assertThat(RegexText.literalLead("static\\.files/")).isEqualTo("static.files/");
        assertThat(RegexText.literalLead("a\\d")).isEqualTo("a");
        assertThat(RegexText.literalLead("(?i)abc")).isEmpty();
        assertThat(RegexText.literalLead("abc|abd")).isEmpty();
        assertThat(RegexText.literalLead("ab(c|d)")).isEqualTo("ab");
        assertThat(RegexText.hasTopLevelAlternation("a[|]b")).isFalse();
        assertThat(RegexText.hasTopLevelAlternation("a[]|]b")).isFalse();
        assertThat(RegexText.hasTopLevelAlternation("a\\|b")).isFalse();
        assertThat(RegexText.hasTopLevelAlternation("(a|b)c")).isFalse();
        assertThat(RegexText.hasTopLevelAlternation("ac|b")).isTrue();
        assertThat(Route.ofRegex("^polls/(?<id>[0-9]+)/$").literalPrefix()).isEqualTo("polls/");
        assertThat(Route.ofRegex("polls/(?<id>[0-9]+)/$").literalPrefix()).as("unanchored: anywhere").isEmpty();
        assertThat(Route.ofPath("blog/").then(Route.ofRegex("^(?<y>[0-9]+)/")).literalPrefix()).isEqualTo("blog/");
        assertThat(Route.ofPath("blog/").then(Route.ofRegex("^x/")).literalPrefix()).isEqualTo("blog/x/");
    }

    @Test
    void reverse_of_re_patterns_keeps_working() {
        UrlResolver resolver = UrlResolver.of(List.of(
                rePath("^about", named("about"), "about"),
                rePath("^articles/(?P<year>[0-9]{4})/$", named("year"), "year"),
                rePath("^price/\\$(?<amount>[0-9]+)/$", named("price"), "price"),
                include("shop/", List.of(rePath("^item/(?<sku>[a-z]+)/$", named("item"), "item")), "shop")));
        assertThat(resolver.reverse("about")).isEqualTo("/about");
        assertThat(resolver.reverse("year", "2024")).isEqualTo("/articles/2024/");
        assertThat(resolver.reverse("price", "5")).isEqualTo("/price/$5/");
        assertThat(resolver.reverse("shop:item", "tea")).isEqualTo("/shop/item/tea/");
        assertThat(viewOf(resolver, "/price/$5/")).isEqualTo("^price/\\$(?<amount>[0-9]+)/$");
        assertThatThrownBy(() -> resolver.reverse("year", "24")).isInstanceOf(NoReverseMatch.class);
    }

    @Test
    void an_escaped_dollar_at_the_end_still_asks_for_a_full_match() {
        UrlResolver resolver = UrlResolver.of(List.of(rePath("^cost\\$", named("cost"))));
        assertThat(viewOf(resolver, "/cost$")).isNotNull();
        assertThat(viewOf(resolver, "/cost$x")).isNull();
    }

    @Test
    void bad_regular_expressions_fail_at_startup() {
        assertThatThrownBy(() -> rePath("^(unclosed", named("x"))).isInstanceOf(ImproperlyConfigured.class)
                .hasMessageContaining("not a valid regular expression");
        assertThatThrownBy(() -> reInclude("^blog/$", List.of(path("", named("x")))))
                .isInstanceOf(ImproperlyConfigured.class).hasMessageContaining("remove the '$'");
        assertThatThrownBy(() -> reInclude("^blog/(", List.of())).isInstanceOf(ImproperlyConfigured.class);
    }
}
