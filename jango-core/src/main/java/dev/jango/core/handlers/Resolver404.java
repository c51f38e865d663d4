package dev.jango.core.handlers;

import dev.jango.core.exceptions.Http404;
import dev.jango.urls.UrlResolver;
import java.io.Serial;

/** No route matched the path; carries the resolver so the debug page can list the routes tried. */
final class Resolver404 extends Http404 {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient UrlResolver resolver;

    Resolver404(String path, UrlResolver resolver) {
        super("No URL pattern matches " + path);
        this.resolver = resolver;
    }

    UrlResolver resolver() {
        return resolver;
    }
}
