package dev.jango.views;

import dev.jango.http.Request;
import dev.jango.http.Response;
import dev.jango.views.Kwargs;
import java.util.Map;

/**
 * A view: take a request and the values captured from its path, return a response.
 *
 * <p>Views run on a virtual thread of their own and may block (database calls, remote calls). Throw
 * {@code Http404}, {@code PermissionDenied} or {@code BadRequest} to answer with that error; any other
 * exception becomes a 500. Returning null is a programming error, reported with the view's route.
 */
@FunctionalInterface
public interface View {

    /** Return the response for {@code request}. */
    Response handle(Request request, Kwargs kwargs) throws Exception;

    /**
     * Metadata decorators attached to this view ({@code csrfExempt}, {@code loginRequired}, ...), readable by
     * middleware through {@code ResolverMatch.meta}. Empty for a plain lambda; see {@link Views#withMeta}.
     */
    default Map<String, Object> meta() {
        return Map.of();
    }
}
