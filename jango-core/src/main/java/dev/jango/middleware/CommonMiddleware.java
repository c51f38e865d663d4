package dev.jango.middleware;

import dev.jango.core.exceptions.PermissionDenied;
import dev.jango.http.Redirect;
import dev.jango.http.Request;
import dev.jango.http.Response;
import dev.jango.urls.UrlResolver;
import dev.jango.urls.Urls;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Django's {@code CommonMiddleware}: refuses disallowed user agents, validates the host, adds {@code www.} when
 * configured, appends the missing slash, and sets {@code Content-Length} when it is known.
 *
 * <p>The host is read ({@code request.host()}) on every request, before anything inside this layer runs: a host
 * not in {@code allowedHosts} raises {@code DisallowedHost}, which this layer's guard turns into a 400 that goes
 * back out through the outer middleware (so {@code SecurityMiddleware} above it still adds its headers). Without
 * this middleware the host is checked where it is first read, as in Django.
 *
 * <p>Slash appending is the only place slashes are added: when the response is a 404, the path does not end
 * with {@code /}, does not resolve, and does resolve with a {@code /} appended, the client is redirected there
 * with the query string kept: 301 for GET and HEAD, 308 for other methods so the body is not lost (Django
 * answers 301, which drops it). A path starting with {@code //} is redirected as {@code /%2F...} so the
 * redirect never leaves the site.
 */
public final class CommonMiddleware implements Middleware {

    private final boolean appendSlash;
    private final boolean prependWww;
    private final List<Pattern> disallowedUserAgents;

    /** Django's defaults: append slashes, no {@code www.}, no disallowed user agents. */
    public CommonMiddleware() {
        this(true, false, List.of());
    }

    /**
     * Configure it: {@code appendSlash} (APPEND_SLASH), {@code prependWww} (PREPEND_WWW), and regular
     * expressions for user agents answered with 403 (DISALLOWED_USER_AGENTS, searched anywhere in the header).
     */
    public CommonMiddleware(boolean appendSlash, boolean prependWww, List<String> disallowedUserAgents) {
        this.appendSlash = appendSlash;
        this.prependWww = prependWww;
        this.disallowedUserAgents = disallowedUserAgents.stream().map(Pattern::compile).toList();
    }

    @Override
    public Handler wrap(Handler next) {
        return request -> {
            String agent = request.header("User-Agent");
            if (agent != null) {
                for (Pattern pattern : disallowedUserAgents) {
                    if (pattern.matcher(agent).find()) {
                        throw new PermissionDenied("Forbidden user agent");
                    }
                }
            }
            String host = request.host(); // as Django's: the host is validated here, early, for every request
            if (prependWww) {
                if (!host.startsWith("www.")) {
                    return redirect(request, request.scheme() + "://www." + host + escapeLeadingSlashes(request.fullPath()));
                }
            }
            Response response = next.handle(request);
            if (appendSlash && response.status() == 404 && shouldAppendSlash(request)) {
                String location = escapeLeadingSlashes(request.scriptName() + rawPathOf(request) + "/")
                        + (request.rawQuery().isEmpty() ? "" : "?" + request.rawQuery());
                return redirect(request, location);
            }
            if (!response.isStreaming() && response.header("Content-Length") == null
                    && response.status() >= 200 && response.status() != 204 && response.status() != 304) {
                response.header("Content-Length", Integer.toString(response.content().length));
            }
            return response;
        };
    }

    private static Response redirect(Request request, String location) {
        boolean safe = request.method().equals("GET") || request.method().equals("HEAD");
        return Redirect.of(safe ? 301 : 308, location);
    }

    private static boolean shouldAppendSlash(Request request) {
        String path = request.pathInfo();
        if (path.endsWith("/")) {
            return false;
        }
        UrlResolver resolver = Urls.urlconf(request);
        if (resolver != null) {
            return resolver.resolve(path) == null && resolver.resolve(path + "/") != null;
        }
        return Urls.resolve(path) == null && Urls.resolve(path + "/") != null;
    }

    private static String rawPathOf(Request request) {
        return request.gateway().rawPath();
    }

    /** {@code //evil.example/} would be a protocol-relative URL: make it {@code /%2Fevil.example/}. */
    private static String escapeLeadingSlashes(String path) {
        return path.startsWith("//") ? "/%2F" + path.substring(2) : path;
    }
}
