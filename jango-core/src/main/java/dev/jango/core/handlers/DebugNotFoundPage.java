package dev.jango.core.handlers;

import dev.jango.http.Request;
import dev.jango.http.Response;
import dev.jango.urls.ResolverMatch;
import dev.jango.urls.RouteInfo;
import dev.jango.urls.UrlResolver;

/** The 404 page shown with debug on: the routes tried, in order, with their names and namespaces. */
final class DebugNotFoundPage {

    private DebugNotFoundPage() {}

    static Response render(Request request, Throwable error, UrlResolver tried) {
        DebugPage page = new DebugPage("Page not found at " + request.path());
        page.raw("<header>").heading("h1", "Page not found (404)").raw("<table>")
                .row("Request Method:", request.method())
                .row("Request URL:", request.scheme() + "://" + host(request) + request.fullPath());
        ResolverMatch match = ResolverMatch.of(request);
        if (match != null) {
            page.row("Raised by:", "the view of route '" + match.route() + "'"
                    + (match.viewName() == null ? "" : " (" + match.viewName() + ")"));
        }
        page.raw("</table></header>\n<section>");
        if (error instanceof Resolver404) {
            page.raw("<p>Jango tried these URL patterns, in this order:</p>\n<ol>\n");
            for (RouteInfo route : tried.routes()) {
                page.raw("<li><code>").text(route.route().isEmpty() ? "(empty route: the site root)" : route.route())
                        .raw("</code>");
                if (route.name() != null) {
                    page.raw(" [name='").text(route.viewName()).raw("']");
                }
                if (!route.namespaces().isEmpty()) {
                    page.raw(" [namespace='").text(String.join(":", route.namespaces())).raw("']");
                }
                page.raw("</li>\n");
            }
            page.raw("</ol>\n<p>The current path, <code>").text(request.pathInfo().substring(1))
                    .raw("</code>, didn't match any of these.</p>\n");
        } else {
            page.raw("<p>").text(error.getMessage()).raw("</p>\n");
        }
        page.raw("</section>\n");
        return Response.html(page.finish("You're seeing this error because debug is on. Turn it off in "
                + "production to show a standard 404 page.")).status(404);
    }

    private static String host(Request request) {
        String host = request.header("Host");
        return host == null ? request.localAddress().getHostString() : host;
    }
}
