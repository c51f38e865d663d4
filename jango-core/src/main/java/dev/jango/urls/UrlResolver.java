package dev.jango.urls;

import dev.jango.views.Kwargs;

import dev.jango.core.exceptions.ImproperlyConfigured;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A URL configuration, compiled: resolves paths to views and reverses names to paths.
 *
 * <p>Built once at start-up. Includes are folded into one compiled route per endpoint, and start-up checks
 * run here: two routes with the same name in one namespace, or an include prefix that does not end with
 * {@code /}, fail with {@link ImproperlyConfigured}. Endpoints are indexed by their literal prefix (the text
 * before the first converter or regular expression, and the literal start of a regular expression anchored with
 * {@code ^}) in a character trie; a lookup walks the path once, collects only the endpoints whose prefix the path
 * starts with, and tries them in declaration order, so the first declared match wins and the cost does not grow
 * with the number of routes. A {@code rePath} without {@code ^} may match anywhere in what is left of the path, so
 * it is a candidate for every path under its include's prefix (at the root: every path): keep such patterns few.
 */
public final class UrlResolver {

    private final List<Endpoint> endpoints;
    private final List<RouteInfo> routes;
    private final PrefixIndex index;
    private final Reverser reverser;

    private UrlResolver(List<Endpoint> endpoints) {
        this.endpoints = List.copyOf(endpoints);
        this.routes = this.endpoints.stream().map(Endpoint::info).toList();
        this.index = new PrefixIndex(this.endpoints.stream().map(e -> e.route.literalPrefix()).toList());
        this.reverser = new Reverser(this.endpoints);
    }

    /** Compile {@code entries}, in order, running the start-up checks. */
    public static UrlResolver of(List<? extends UrlEntry> entries) {
        List<Endpoint> endpoints = new ArrayList<>();
        flatten(entries, Route.ofPath(""), List.of(), List.of(), endpoints);
        checkNames(endpoints);
        return new UrlResolver(endpoints);
    }

    private static void flatten(List<? extends UrlEntry> entries, Route prefix, List<String> namespaces,
                                List<String> appNames, List<Endpoint> out) {
        for (UrlEntry entry : entries) {
            switch (entry) {
                case UrlPattern pattern -> out.add(new Endpoint(prefix, pattern.compiled(), pattern.view(),
                        pattern.name(), pattern.kwargs(), namespaces, appNames));
                case UrlInclude include -> {
                    if (!include.regex() && !include.prefix().isEmpty() && !include.prefix().endsWith("/")) {
                        throw new ImproperlyConfigured("include('" + include.prefix() + "', ...) : the prefix must end "
                                + "with '/' so that it matches whole path segments; write '" + include.prefix() + "/'");
                    }
                    List<String> ns = namespaces;
                    List<String> apps = appNames;
                    if (include.namespace() != null || include.appName() != null) {
                        String instance = include.namespace() != null ? include.namespace() : include.appName();
                        String app = include.appName() != null ? include.appName() : instance;
                        ns = append(namespaces, instance);
                        apps = append(appNames, app);
                    }
                    Route own = include.regex() ? Route.ofRegex(Urls.checkedPrefix(include.prefix()))
                            : Route.ofPath(include.prefix());
                    flatten(include.entries(), prefix.then(own), ns, apps, out);
                }
            }
        }
    }

    private static List<String> append(List<String> list, String item) {
        List<String> longer = new ArrayList<>(list);
        longer.add(item);
        return List.copyOf(longer);
    }

    private static void checkNames(List<Endpoint> endpoints) {
        Map<String, Endpoint> seen = new HashMap<>();
        for (Endpoint endpoint : endpoints) {
            if (endpoint.name == null) {
                continue;
            }
            Endpoint earlier = seen.putIfAbsent(endpoint.viewName(), endpoint);
            if (earlier != null) {
                String where = endpoint.namespaces.isEmpty() ? "the root namespace"
                        : "namespace '" + String.join(":", endpoint.namespaces) + "'";
                throw new ImproperlyConfigured("URL name '" + endpoint.name + "' is used twice in " + where + ": by '"
                        + earlier.route.text() + "' and by '" + endpoint.route.text()
                        + "'. Give each route its own name so that reverse() is unambiguous");
            }
        }
    }

    /** Every route, include prefixes folded in, in resolution order. */
    public List<RouteInfo> routes() {
        return routes;
    }

    /**
     * Resolve a decoded path (starting with {@code /}) to the first route that matches it.
     *
     * @return the match, or null when no route matches
     */
    public ResolverMatch resolve(String pathInfo) {
        String path = pathInfo.startsWith("/") ? pathInfo.substring(1) : pathInfo;
        PrefixIndex.Candidates candidates = index.candidates(path);
        for (int i = candidates.next(); i >= 0; i = candidates.next()) {
            Endpoint endpoint = endpoints.get(i);
            Kwargs kwargs = endpoint.match(path);
            if (kwargs != null) {
                return new ResolverMatch(endpoint.view, kwargs, endpoint.route.text(), endpoint.name,
                        endpoint.namespaces, endpoint.appNames);
            }
        }
        return null;
    }

    /**
     * The path for the route named {@code viewName} ({@code "detail"}, {@code "polls:detail"}) with
     * positional {@code args}, percent-encoded, starting with {@code /}. An application namespace stands for its
     * default instance (the one whose instance namespace is the application's name), else its last deployed one.
     *
     * @throws NoReverseMatch when no route of that name takes these arguments; the message lists the routes tried
     */
    public String reverse(String viewName, Object... args) {
        return reverser.reverse(viewName, args, Map.of(), null);
    }

    /** Like {@link #reverse(String, Object...)}, with the route's values by name. */
    public String reverse(String viewName, Map<String, ?> kwargs) {
        return reverser.reverse(viewName, new Object[0], kwargs, null);
    }

    /**
     * Like Django's {@code reverse(viewname, args=..., kwargs=..., current_app=...)}: the path for {@code viewName}
     * with positional {@code args} or named {@code kwargs} (at most one of them not empty). Where {@code viewName}
     * names an application namespace ({@code "polls:detail"}) and {@code currentApp} (an instance namespace path
     * such as {@code "author-polls"}, or null) is one of its instances, that instance is used; else the default
     * instance, else the last deployed.
     *
     * @throws NoReverseMatch when no route of that name takes these arguments
     * @throws IllegalArgumentException when both {@code args} and {@code kwargs} are given
     */
    public String reverse(String viewName, List<?> args, Map<String, ?> kwargs, String currentApp) {
        return reverser.reverse(viewName, args.toArray(), kwargs, currentApp);
    }

    @Override
    public String toString() {
        return "UrlResolver" + Arrays.toString(routes.stream().map(RouteInfo::route).toArray());
    }
}
