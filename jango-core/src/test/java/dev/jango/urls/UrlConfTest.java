package dev.jango.urls;

import static dev.jango.conf.CoreSettings.ALLOWED_HOSTS;
import static dev.jango.conf.CoreSettings.SECRET_KEY;
import static dev.jango.urls.Urls.include;
import static dev.jango.urls.Urls.path;
import static dev.jango.urls.Urls.rePath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.Jango;
import dev.jango.core.exceptions.ImproperlyConfigured;
import dev.jango.http.Response;
import dev.jango.middleware.Middleware;
import dev.jango.test.Client;
import dev.jango.test.RequestFactory;
import dev.jango.views.View;
import dev.jango.views.Views;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** URL resolution in full: includes, namespaces, rePath, converters, reverse, per-request URL confs. */
class UrlConfTest {

    /** A four-digit year, as in Django's converter documentation. */
    static final class FourDigitYear implements PathConverter<Integer> {
        @Override
        public String regex() {
            return "[0-9]{4}";
        }

        @Override
        public Integer toJava(String text) {
            return Integer.valueOf(text);
        }

        @Override
        public String toUrl(Integer value) {
            return String.format("%04d", value);
        }
    }

    static {
        Urls.registerConverter("yyyy", new FourDigitYear());
    }

    /** A view that describes how it was reached, reversing a name while it runs. */
    private static final View DESCRIBE = (request, kwargs) -> {
        ResolverMatch m = ResolverMatch.of(request);
        return Response.text(m.viewName() + " " + m.route() + " " + kwargs + " ns=" + m.namespaces()
                + " apps=" + m.appNames() + " self=" + Urls.reverse(m.viewName(), kwargs.asMap()));
    };

    private static final List<UrlEntry> POLLS = List.of(
            path("", DESCRIBE, "index"),
            path("<int:id>/", DESCRIBE, "detail"),
            include("admin/", List.of(path("<slug:slug>/", DESCRIBE, "edit")), "admin"));

    private static Jango.Builder app() {
        return Jango.builder(Map.of()).set(SECRET_KEY, "urls").set(ALLOWED_HOSTS, List.of("testserver", "127.0.0.1"))
                .urls(
                path("", DESCRIBE, "home"),
                include("polls/", Urls.app("polls", POLLS)),
                include("archive/polls/", Urls.app("polls", POLLS), "polls-archive"),
                include("blog/<yyyy:year>/", List.of(path("<slug:slug>/", DESCRIBE, "post")), "blog"),
                rePath("^articles/(?P<year>[0-9]{4})/(?<month>[0-9]{2})/$", DESCRIBE, "month"),
                path("files/<path:rest>", DESCRIBE, "file"));
    }

    private final Jango app = app().build();
    private final Client client = new Client(app);

    @Test
    void includes_nest_prefixes_and_namespaces() {
        assertThat(client.get("/polls/3/").text())
                .isEqualTo("polls:detail polls/<int:id>/ {id=3} ns=[polls] apps=[polls] self=/polls/3/");
        assertThat(client.get("/polls/admin/first-poll/").text()).isEqualTo("polls:admin:edit "
                + "polls/admin/<slug:slug>/ {slug=first-poll} ns=[polls, admin] apps=[polls, admin] "
                + "self=/polls/admin/first-poll/");
    }

    @Test
    void an_app_deployed_twice_reverses_each_instance_by_its_namespace() {
        assertThat(client.get("/archive/polls/3/").text()).isEqualTo("polls-archive:detail archive/polls/<int:id>/ "
                + "{id=3} ns=[polls-archive] apps=[polls] self=/archive/polls/3/");
        assertThat(app.urls().reverse("polls-archive:detail", 5)).isEqualTo("/archive/polls/5/");
        // The application namespace names the default instance, the one whose instance namespace is its name.
        assertThat(app.urls().reverse("polls:detail", 5)).isEqualTo("/polls/5/");
    }

    @Test
    void custom_converters_match_convert_and_reverse() {
        assertThat(client.get("/blog/2024/hello/").text()).startsWith("blog:post blog/<yyyy:year>/<slug:slug>/ "
                + "{year=2024, slug=hello}");
        assertThat(client.get("/blog/24/hello/").status()).isEqualTo(404);
        assertThat(app.urls().reverse("blog:post", Map.of("year", 7, "slug", "old"))).isEqualTo("/blog/0007/old/");
    }

    @Test
    void rePath_captures_named_groups_as_strings_and_reverses() {
        assertThat(client.get("/articles/2024/05/").text()).startsWith("month ^articles/(?P<year>[0-9]{4})/"
                + "(?<month>[0-9]{2})/$ {year=2024, month=05}").endsWith("self=/articles/2024/05/");
        assertThat(client.get("/articles/2024/5/").status()).isEqualTo(404);
        assertThatThrownBy(() -> app.urls().reverse("month", "2024", "5")).isInstanceOf(NoReverseMatch.class);
    }

    @Test
    void reverse_percent_encodes_values() {
        assertThat(app.urls().reverse("file", "a dir/café?.txt")).isEqualTo("/files/a%20dir/caf%C3%A9%3F.txt");
        assertThat(app.urls().reverse("home")).isEqualTo("/");
    }

    @Test
    void no_reverse_match_lists_the_patterns_tried() {
        assertThatThrownBy(() -> app.urls().reverse("polls:detail", "not-an-int"))
                .isInstanceOf(NoReverseMatch.class)
                .hasMessageContaining("Reverse for 'polls:detail' with arguments [not-an-int] not found")
                .hasMessageContaining("1 pattern(s) tried: ['polls/<int:id>/']");
        assertThatThrownBy(() -> app.urls().reverse("nope")).isInstanceOf(NoReverseMatch.class)
                .hasMessageContaining("'nope' is not a valid view function or pattern name");
        assertThatThrownBy(() -> app.urls().reverse("ghost:index")).isInstanceOf(NoReverseMatch.class)
                .hasMessageContaining("'ghost' is not a registered namespace");
        assertThatThrownBy(() -> app.urls().reverse("polls:detail", Map.of("pk", 1))).isInstanceOf(NoReverseMatch.class);
    }

    @Test
    void reverse_outside_a_request_says_what_to_use_instead() {
        assertThatThrownBy(() -> Urls.reverse("home")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("UrlResolver");
    }

    @Test
    void a_middleware_can_choose_another_url_conf_per_request() {
        UrlResolver mobile = UrlResolver.of(List.of(path("", (request, kwargs) ->
                Response.text("mobile home, self=" + Urls.reverse("mobile-home")), "mobile-home")));
        Middleware chooser = next -> request -> {
            if ("mobile".equals(request.header("X-Client"))) {
                Urls.setUrlconf(request, mobile);
            }
            return next.handle(request);
        };
        try (Client c = new Client(app().middleware(chooser).build())) {
            assertThat(c.request("GET", "/").header("X-Client", "mobile").send().text())
                    .isEqualTo("mobile home, self=/");
            assertThat(c.get("/").text()).startsWith("home ");
        }
    }

    @Test
    void the_url_conf_of_a_request_is_the_applications_unless_a_middleware_chose_another() {
        UrlResolver mobile = UrlResolver.of(List.of(path("", (request, kwargs) -> Response.text("mobile"), "m")));
        List<UrlResolver> seen = new ArrayList<>();
        Middleware chooser = next -> request -> {
            seen.add(Urls.urlconf(request));
            if ("mobile".equals(request.header("X-Client"))) {
                Urls.setUrlconf(request, mobile);
                seen.add(Urls.urlconf(request));
            }
            return next.handle(request);
        };
        Jango chosen = app().middleware(chooser).build();
        try (Client c = new Client(chosen)) {
            c.get("/");
            c.request("GET", "/").header("X-Client", "mobile").send();
        }
        assertThat(seen).containsExactly(chosen.urls(), chosen.urls(), mobile);
        assertThat(Urls.urlconf(new RequestFactory().get("/"))).as("outside an application").isNull();
    }

    @Test
    void the_resolver_match_is_null_before_resolution_and_recorded_for_the_view_and_the_way_out() {
        List<String> seen = new ArrayList<>();
        Middleware recorder = next -> request -> {
            seen.add("in: " + ResolverMatch.of(request));
            Response response = next.handle(request);
            ResolverMatch match = ResolverMatch.of(request);
            seen.add("out: " + (match == null ? null : match.viewName() + " " + match.kwargs().asMap()));
            return response;
        };
        try (Client c = new Client(app().middleware(recorder).build())) {
            assertThat(c.get("/polls/3/").text()).startsWith("polls:detail ");
            assertThat(c.get("/nowhere/").status()).isEqualTo(404);
        }
        assertThat(seen).containsExactly("in: null", "out: polls:detail {id=3}", "in: null", "out: null");
        assertThat(ResolverMatch.of(new RequestFactory().get("/"))).isNull();
    }

    @Test
    void view_metadata_reaches_middleware_through_the_resolver_match_even_when_wrapped() {
        View exempt = Views.requirePost(Views.withMeta((request, kwargs) -> Response.text("posted"), "csrfExempt", true));
        Middleware reader = next -> request -> {
            Response response = next.handle(request);
            ResolverMatch match = ResolverMatch.of(request);
            return response.header("X-Exempt", String.valueOf(match != null && match.hasFlag("csrfExempt")));
        };
        try (Client c = new Client(Jango.builder(Map.of()).set(SECRET_KEY, "k")
                .set(ALLOWED_HOSTS, List.of("testserver", "127.0.0.1")).middleware(reader)
                .urls(path("hook/", exempt), path("plain/", (request, kwargs) -> Response.text("plain"))).build())) {
            assertThat(c.post("/hook/", "", "text/plain").header("X-Exempt")).isEqualTo("true");
            assertThat(c.get("/plain/").header("X-Exempt")).isEqualTo("false");
        }
    }

    @Test
    void startup_checks_name_the_mistake() {
        View v = (request, kwargs) -> Response.text("x");
        assertThatThrownBy(() -> UrlResolver.of(List.of(path("a/", v, "dup"), path("b/", v, "dup"))))
                .isInstanceOf(ImproperlyConfigured.class).hasMessageContaining("URL name 'dup' is used twice")
                .hasMessageContaining("'a/'").hasMessageContaining("'b/'");
        assertThatThrownBy(() -> UrlResolver.of(List.of(include("polls", List.of(path("", v))))))
                .isInstanceOf(ImproperlyConfigured.class).hasMessageContaining("write 'polls/'");
        assertThatThrownBy(() -> path("x/<yyyyy:year>/", v)).isInstanceOf(ImproperlyConfigured.class)
                .hasMessageContaining("unknown converter 'yyyyy'").hasMessageContaining("registerConverter");
        // The same name in two namespaces is fine.
        UrlResolver.of(List.of(include("a/", List.of(path("", v, "i")), "a"), include("b/", List.of(path("", v, "i")), "b")));
    }

    @Test
    void a_reloaded_converter_class_replaces_its_earlier_self_and_another_class_under_its_name_fails() throws Exception {
        Urls.registerConverter("year4", new FourDigitYear());
        // runserver's autoreload loads the app's classes again, from a new class loader: the same class name, another
        // class. Its registration replaces the earlier one instead of failing the reload.
        var constructor = reload(FourDigitYear.class).getDeclaredConstructor();
        constructor.setAccessible(true);
        PathConverter<?> reloaded = (PathConverter<?>) constructor.newInstance();
        assertThat(reloaded.getClass()).isNotEqualTo(FourDigitYear.class);
        Urls.registerConverter("year4", reloaded);
        View v = (request, kwargs) -> Response.text(kwargs.get("y").getClass().getName());
        UrlResolver resolver = UrlResolver.of(List.of(path("y/<year4:y>/", v, "y")));
        assertThat(resolver.reverse("y", Map.of("y", 2026))).isEqualTo("/y/2026/");
        // Another converter class under a taken name is a clash, named in the message.
        assertThatThrownBy(() -> Urls.registerConverter("year4", new PathConverter<String>() {
            @Override public String regex() { return "[0-9]{4}"; }
            @Override public String toJava(String text) { return text; }
            @Override public String toUrl(String value) { return value; }
        })).isInstanceOf(ImproperlyConfigured.class).hasMessageContaining("'year4' is already registered")
                .hasMessageContaining(FourDigitYear.class.getName());
    }

    /** {@code type} defined again by a class loader of its own (its parent sees everything else), as a reload does. */
    private static Class<?> reload(Class<?> type) throws Exception {
        byte[] bytes;
        try (var in = type.getResourceAsStream("/" + type.getName().replace('.', '/') + ".class")) {
            bytes = in.readAllBytes();
        }
        String name = type.getName();
        ClassLoader generation = new ClassLoader(type.getClassLoader()) {
            @Override
            protected Class<?> loadClass(String className, boolean resolve) throws ClassNotFoundException {
                if (className.equals(name)) {
                    synchronized (getClassLoadingLock(className)) {
                        Class<?> loaded = findLoadedClass(className);
                        return loaded != null ? loaded : defineClass(className, bytes, 0, bytes.length);
                    }
                }
                return super.loadClass(className, resolve);
            }
        };
        return generation.loadClass(name);
    }
}
