package dev.jango.middleware;

import dev.jango.http.Preconditions;
import dev.jango.http.Response;
import java.time.Instant;
import java.util.Locale;

/**
 * Answers conditional GET and HEAD requests with 304 Not Modified (or 412), like Django's
 * {@code ConditionalGetMiddleware}.
 *
 * <p>Only a 200 response to GET or HEAD whose body is held in memory is considered; streaming and other
 * responses pass through untouched. Such a response without an {@code ETag} gets a strong one computed from
 * its content ({@link Preconditions#etagOf}), unless it is empty or its {@code Cache-Control} says
 * {@code no-store}. Its {@code ETag} and {@code Last-Modified} are then checked against the request's
 * preconditions in RFC 9110 order ({@link Preconditions#evaluate}); a 304 keeps the response's caching
 * headers and cookies and drops its body. The view still runs: to skip it, decorate it with
 * {@code Conditions.condition}.
 */
public final class ConditionalGetMiddleware implements Middleware {

    @Override
    public Handler wrap(Handler next) {
        return request -> {
            Response response = next.handle(request);
            String method = request.method();
            if (!(method.equals("GET") || method.equals("HEAD")) || response.status() != 200
                    || response.isStreaming()) {
                return response;
            }
            if (response.header("ETag") == null && response.content().length > 0 && !noStore(response)) {
                response.header("ETag", Preconditions.etagOf(response.content()));
            }
            String etag = response.header("ETag");
            Instant lastModified = Preconditions.parseHttpDate(response.header("Last-Modified"));
            if (etag == null && lastModified == null) {
                return response;
            }
            Response conditional = Preconditions.evaluate(request, etag, lastModified, response);
            return conditional == null ? response : conditional;
        };
    }

    private static boolean noStore(Response response) {
        String cacheControl = response.header("Cache-Control");
        return cacheControl != null && cacheControl.toLowerCase(Locale.ROOT).contains("no-store");
    }
}
