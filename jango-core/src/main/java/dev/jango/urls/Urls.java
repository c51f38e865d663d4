package dev.jango.urls;

import dev.jango.core.exceptions.ImproperlyConfigured;
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

    /** Django's {@code request.current_app}, when a view or middleware set it. */
    private static final Attribute<String> CURRENT_APP = Attribute.named("currentApp");

    /**
     * The URL configuration and script prefix of the request being handled, and the request once
     * {@link #resolve(Request)} resolved it (for its current application).
     */
    private static final class Current {
        final UrlResolver resolver;
        final String scriptName;
        Request request; // set on the request's own thread by resolve(Request), before the view runs

        Current(UrlResolver resolver, String scriptName) {
            this.resolver = resolver;
            this.scriptName = scriptName;
        }
    }

    private Urls() {}

    /** A pattern that calls {@code view} for paths matching {@code route}. */
    public static UrlPattern path(String route, View view) {
        return new UrlPattern(Route.ofPath(route), view, null, Map.of());
    }

    /** A pattern that calls {@code view} for paths matching {@code route}, named {@code name} for reverse(). */
    public static UrlPattern path(String route, View view, String name) {
        return new UrlPattern(Route.ofPath(route), view, name, Map.of());
    }

    /**
     * A pattern that calls {@code view} with {@code kwargs} as extra keyword arguments, like Django's
     * {@code path(route, view, kwargs, name)}: the view gets the captured values with these over them (an extra
     * kwarg wins over a captured value of the same name). {@code reverse()} does not need them; given, each must
     * equal the route's value (or, when the route also captures that name, it fills the route).
     *
     * <pre>{@code
     * path("blog/<int:year>/", BlogViews::yearArchive, Map.of("foo", "bar"), "blog-year")
     * // GET /blog/2005/ calls yearArchive with {year=2005, foo=bar}
     * }</pre>
     *
     * @param name the route's name for {@code reverse()}, or null
     */
    public static UrlPattern path(String route, View view, Map<String, ?> kwargs, String name) {
        return new UrlPattern(Route.ofPath(route), view, name, kwargs);
    }

    /**
     * A pattern given as a regular expression, matched as Django's {@code re_path}: named groups
     * ({@code (?<year>[0-9]{4})}, or Python's {@code (?P<year>...)}) become kwargs as strings (a group that took no
     * part in the match gives none). A leading {@code ^} anchors the expression where the path starts (after an
     * include, where the rest starts); without it the expression is searched for anywhere. Ending with {@code $},
     * it must match all the rest of the path; without {@code $} it matches a prefix and the rest is ignored, so
     * {@code rePath("^about", view)} also answers {@code /about/us/}.
     */
    public static UrlPattern rePath(String regex, View view, String name) {
        return new UrlPattern(Route.ofRegex(regex), view, name, Map.of());
    }

    /** A regular-expression pattern without a name. */
    public static UrlPattern rePath(String regex, View view) {
        return rePath(regex, view, null);
    }

    /** A regular-expression pattern with extra keyword arguments, as {@link #path(String, View, Map, String)}. */
    public static UrlPattern rePath(String regex, View view, Map<String, ?> kwargs, String name) {
        return new UrlPattern(Route.ofRegex(regex), view, name, kwargs);
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
     * Entries under a regular-expression prefix, like Django's {@code re_path(regex, include(...))}: the text the
     * expression matches (searched for unless it starts with {@code ^}; its first match) is cut off the path and
     * the included patterns match the rest. Named groups become kwargs of every included view.
     *
     * <pre>{@code
     * reInclude("^blog/(?<year>[0-9]{4})/", List.of(path("<slug:slug>/", BlogViews::post, "post")))
     * }</pre>
     *
     * @throws ImproperlyConfigured when the expression does not compile, or ends with
     *         {@code $} (nothing would be left to include)
     */
    public static UrlInclude reInclude(String regex, List<? extends UrlEntry> entries) {
        return new UrlInclude(checkedPrefix(regex), List.copyOf(entries), null, null, true);
    }

    /** Entries under a regular-expression prefix in namespace {@code namespace}; see {@link #reInclude(String, List)}. */
    public static UrlInclude reInclude(String regex, List<? extends UrlEntry> entries, String namespace) {
        return new UrlInclude(checkedPrefix(regex), List.copyOf(entries), namespace, Objects.requireNonNull(namespace, "namespace"),
                true);
    }

    /** An application's entries under a regular-expression prefix, deployed as instance {@code namespace}. */
    public static UrlInclude reInclude(String regex, UrlConf app, String namespace) {
        return new UrlInclude(checkedPrefix(regex), app.entries(), app.appName(), Objects.requireNonNull(namespace, "namespace"),
                true);
    }

    static String checkedPrefix(String regex) {
        Route.ofRegex(regex);
        if (RegexText.endsWithUnescapedDollar(regex)) {
            throw new ImproperlyConfigured("reInclude('" + regex + "', ...) : the expression ends with '$', so "
                    + "nothing is left of the path for the included patterns; remove the '$'");
        }
        return regex;
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
     * application is mounted under a prefix. An application namespace ({@code "polls:detail"}) resolves to the
     * instance the request was resolved under ({@link #currentApp}), as Django's {@code {% url %}} tag does.
     *
     * @throws NoReverseMatch when nothing fits
     * @throws IllegalStateException outside a request; use {@link UrlResolver#reverse} there
     */
    public static String reverse(String viewName, Object... args) {
        Current current = current();
        return current.scriptName + current.resolver.reverse(viewName, Arrays.asList(args), Map.of(),
                currentApp(current));
    }

    /** Like {@link #reverse(String, Object...)}, with the route's values by name. */
    public static String reverse(String viewName, Map<String, ?> kwargs) {
        Current current = current();
        return current.scriptName + current.resolver.reverse(viewName, List.of(), kwargs, currentApp(current));
    }

    /**
     * Like Django's {@code reverse(viewname, args=..., kwargs=..., current_app=...)}, with the request's URL
     * configuration and script name: {@code currentApp} (an instance namespace such as {@code "author-polls"}, or
     * null for none) picks the instance of an application namespace; see
     * {@link UrlResolver#reverse(String, List, Map, String)}.
     *
     * <pre>{@code
     * Urls.reverse("polls:index", List.of(), Map.of(), "author-polls")   // "/author-polls/"
     * }</pre>
     *
     * @throws NoReverseMatch when nothing fits
     * @throws IllegalStateException outside a request
     */
    public static String reverse(String viewName, List<?> args, Map<String, ?> kwargs, String currentApp) {
        Current current = current();
        return current.scriptName + current.resolver.reverse(viewName, args, kwargs, currentApp);
    }

    /**
     * The current application of {@code request}, like Django's {@code request.current_app} falling back to
     * {@code request.resolver_match.namespace}: what {@link #setCurrentApp} set, else the instance namespaces the
     * request was resolved under ({@code "author-polls"}, {@code "polls:admin"}); null when neither.
     */
    public static String currentApp(Request request) {
        String app = request.attribute(CURRENT_APP);
        if (app != null) {
            return app;
        }
        ResolverMatch match = ResolverMatch.of(request);
        return match == null || match.namespaces().isEmpty() ? null : match.namespace();
    }

    /**
     * Make {@code app} (an instance namespace path) the current application of {@code request}, like setting
     * Django's {@code request.current_app}: {@link #reverse} and the {@code {% url %}} tag then prefer that
     * instance of an application namespace. Null goes back to the instance the request was resolved under.
     */
    public static void setCurrentApp(Request request, String app) {
        request.setAttribute(CURRENT_APP, app);
    }

    private static String currentApp(Current current) {
        return current.request == null ? null : currentApp(current.request);
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
     * {@link ResolverMatch#of}; null when nothing matches. While the request is handled, {@link #reverse} then follows
     * its current application ({@link #currentApp}).
     *
     * @throws IllegalStateException when the request has no URL configuration and none is bound
     */
    public static ResolverMatch resolve(Request request) {
        UrlResolver resolver = urlconf(request);
        if (resolver == null) {
            resolver = current().resolver;
        }
        ResolverMatch match = resolver.resolve(request.pathInfo());
        request.setAttribute(ResolverMatch.KEY, match);
        if (CURRENT.isBound()) {
            CURRENT.get().request = request;
        }
        return match;
    }

    /**
     * Resolve {@code pathInfo} with the URL configuration of the request being handled; null when nothing matches.
     *
     * @throws IllegalStateException outside a request
     */
    public static ResolverMatch resolve(String pathInfo) {
        return current().resolver.resolve(pathInfo);
    }

    private static Current current() {
        if (!CURRENT.isBound()) {
            throw new IllegalStateException("Urls.reverse() works while a request is handled; elsewhere call "
                    + "reverse() on the application's UrlResolver (app.urls()) or use Urls.withUrlconf");
        }
        return CURRENT.get();
    }
}
