package dev.jango.urls;

import dev.jango.http.Attribute;
import dev.jango.http.Request;
import dev.jango.views.View;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds URL configurations, the way a Django {@code urls.py} does.
 *
 * <pre>{@code
 * List<UrlEntry> polls = List.of(
 *         path("", PollViews::index, "index"),
 *         path("<int:id>/", PollViews::detail, "detail"));
 * Jango.builder().urls(include("polls/", Urls.app("polls", polls)), path("", home, "home"));
 * // reverse("polls:detail", 3) -> "/polls/3/"
 * }</pre>
 *
 * <p>Parts in angle brackets capture a value with a converter: {@code int}, {@code str} (the default; any
 * text without {@code /}), {@code slug}, {@code uuid}, {@code path} (any text, slashes included), and any
 * registered with {@link #registerConverter}.
 */
public final class Urls {

    private static final ScopedValue<Current> CURRENT = ScopedValue.newInstance();
    /** The application's URL configuration (shared by every request) or a middleware's override. */
    static final Attribute<UrlResolver> URLCONF = Attribute.named("urlconf");

    /** The URL configuration and script prefix of the request being handled. */
    private record Current(UrlResolver resolver, String scriptName) {}

    private Urls() {}

    /** A pattern that calls {@code view} for paths matching {@code route}. */
    public static UrlPattern path(String route, View view) {
        return new UrlPattern(Route.ofPath(route), view, null);
    }

    /** A pattern that calls {@code view} for paths matching {@code route}, named {@code name} for reverse(). */
    public static UrlPattern path(String route, View view, String name) {
        return new UrlPattern(Route.ofPath(route), view, name);
    }

    /**
     * A pattern given as a regular expression; named groups ({@code (?<year>[0-9]{4})}, or Python's
     * {@code (?P<year>...)}) become kwargs as strings. The whole path must match; {@code ^} and {@code $}
     * may be written or left out.
     */
    public static UrlPattern rePath(String regex, View view, String name) {
        return new UrlPattern(Route.ofRegex(regex), view, name);
    }

    /** A regular-expression pattern without a name. */
    public static UrlPattern rePath(String regex, View view) {
        return rePath(regex, view, null);
    }

    /** Entries nested under {@code prefix} (which ends with {@code /}), without a namespace. */
    public static UrlInclude include(String prefix, List<? extends UrlEntry> entries) {
        return new UrlInclude(prefix, List.copyOf(entries), null, null);
    }

    /** Entries nested under {@code prefix} in namespace {@code namespace} (instance and application namespace). */
    public static UrlInclude include(String prefix, List<? extends UrlEntry> entries, String namespace) {
        return new UrlInclude(prefix, List.copyOf(entries), namespace, Objects.requireNonNull(namespace, "namespace"));
    }

    /** An application's entries under {@code prefix}, in its application namespace (also the instance namespace). */
    public static UrlInclude include(String prefix, UrlConf app) {
        return new UrlInclude(prefix, app.entries(), app.appName(), app.appName());
    }

    /** An application's entries under {@code prefix}, deployed as instance {@code namespace}. */
    public static UrlInclude include(String prefix, UrlConf app, String namespace) {
        return new UrlInclude(prefix, app.entries(), app.appName(), Objects.requireNonNull(namespace, "namespace"));
    }

    /** An application's URL entries in its application namespace, like {@code app_name} in a Django app. */
    public static UrlConf app(String appName, UrlEntry... entries) {
        return new UrlConf(appName, Arrays.asList(entries));
    }

    /** An application's URL entries in its application namespace. */
    public static UrlConf app(String appName, List<? extends UrlEntry> entries) {
        return new UrlConf(appName, List.copyOf(entries));
    }

    /**
     * Make {@code <kind:name>} available in routes built from now on. Register converters before building the
     * URL configuration; a name registered twice with different converters fails.
     */
    public static void registerConverter(String kind, PathConverter<?> converter) {
        Converters.register(kind, Objects.requireNonNull(converter, "converter"));
    }

    /**
     * The path for {@code viewName} with positional {@code args}, using the URL configuration of the request
     * being handled (including a per-request override) and starting with its script name when the
     * application is mounted under a prefix.
     *
     * @throws NoReverseMatch when nothing fits
     * @throws IllegalStateException outside a request; use {@link UrlResolver#reverse} there
     */
    public static String reverse(String viewName, Object... args) {
        Current current = current();
        return current.scriptName() + current.resolver().reverse(viewName, args);
    }

    /** Like {@link #reverse(String, Object...)}, with the route's values by name. */
    public static String reverse(String viewName, Map<String, ?> kwargs) {
        Current current = current();
        return current.scriptName() + current.resolver().reverse(viewName, kwargs);
    }

    /**
     * Run {@code work} with {@code resolver} and {@code scriptPrefix} as what {@link #reverse} uses, like Django's
     * {@code set_urlconf} and {@code set_script_prefix}: the core handler does this for each request; call it
     * yourself where {@code Urls.reverse} must work outside one (a job sending e-mails with links, say).
     */
    public static <T, X extends Throwable> T withUrlconf(UrlResolver resolver, String scriptPrefix,
                                                       ScopedValue.CallableOp<T, X> work) throws X {
        return ScopedValue.where(CURRENT, new Current(resolver, scriptPrefix)).call(work);
    }

    /**
     * The URL configuration {@code request} is resolved with: a middleware's override ({@link #setUrlconf}), else
     * the application's; null for a request made outside an application.
     */
    public static UrlResolver urlconf(Request request) {
        return request.attribute(URLCONF);
    }

    /**
     * Resolve {@code request} with {@code resolver} instead of the application's URL configuration, like Django's
     * {@code request.urlconf}; a middleware sets it before URL resolution. Build the resolver once, at start-up,
     * with {@code UrlResolver.of(...)}. {@code Urls.reverse} then uses it too.
     */
    public static void setUrlconf(Request request, UrlResolver resolver) {
        request.setAttribute(URLCONF, resolver);
    }

    /** The attribute key of the application's URL configuration, for the application to share with its requests. */
    public static Attribute<UrlResolver> urlconfAttribute() {
        return URLCONF;
    }

    /**
     * Resolve {@code request}'s path with its URL configuration ({@link #urlconf}) and record the match for
     * {@link ResolverMatch#of}; null when nothing matches.
     *
     * @throws IllegalStateException when the request has no URL configuration and none is bound
     */
    public static ResolverMatch resolve(Request request) {
        UrlResolver resolver = urlconf(request);
        if (resolver == null) {
            resolver = current().resolver();
        }
        ResolverMatch match = resolver.resolve(request.pathInfo());
        request.setAttribute(ResolverMatch.KEY, match);
        return match;
    }

    /**
     * Resolve {@code pathInfo} with the URL configuration of the request being handled; null when nothing matches.
     *
     * @throws IllegalStateException outside a request
     */
    public static ResolverMatch resolve(String pathInfo) {
        return current().resolver().resolve(pathInfo);
    }

    private static Current current() {
        if (!CURRENT.isBound()) {
            throw new IllegalStateException("Urls.reverse() works while a request is handled; elsewhere call "
                    + "reverse() on the application's UrlResolver (app.urls()) or use Urls.withUrlconf");
        }
        return CURRENT.get();
    }
}
