package dev.jango.core.handlers;

import dev.jango.core.exceptions.Http404;
import dev.jango.http.Request;
import dev.jango.http.Response;
import dev.jango.urls.ResolverMatch;
import dev.jango.urls.UrlResolver;

/** The innermost layer: resolve the URL, call the view, insist on a response. */
final class CoreHandler implements Handler {

    private final UrlResolver resolver;

    CoreHandler(UrlResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public Response handle(Request request) throws Exception {
        ResolverMatch match = resolver.resolve(request.pathInfo());
        if (match == null) {
            throw new Http404("No URL pattern matches " + request.pathInfo());
        }
        request.resolverMatch(match);
        Response response = match.view().handle(request, match.kwargs());
        if (response == null) {
            throw new IllegalStateException("The view of route '" + match.route() + "'"
                    + (match.urlName() == null ? "" : " (name '" + match.urlName() + "')")
                    + " didn't return a Response. It returned null instead.");
        }
        return response;
    }
}
