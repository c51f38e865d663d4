package dev.jango.views;

import dev.jango.http.Preconditions;
import dev.jango.http.Request;
import dev.jango.http.Response;
import dev.jango.views.Kwargs;
import java.time.Instant;
import java.util.Objects;

/**
 * Conditional view processing, like Django's {@code @condition}, {@code @etag} and {@code @last_modified}:
 * check the request's preconditions before the view runs.
 *
 * <p>The functions run first and return the resource's current ETag (quoted or not; normalised by
 * {@link Preconditions#quoteEtag}) and last-modified time, or null when unknown. A failed
 * {@code If-Match} / {@code If-Unmodified-Since} answers 412 and a matching {@code If-None-Match} /
 * {@code If-Modified-Since} answers 304 to GET and HEAD (412 to other methods), without running the view, so
 * an unsafe request with stale preconditions changes nothing (RFC 9110 §13.2). Otherwise the view runs, and
 * for GET and HEAD its response gets {@code ETag} and {@code Last-Modified} when it has none. (Not for unsafe
 * methods: values computed before a change describe the old state, as in Django.) The decorated view keeps
 * the wrapped view's metadata.
 */
public final class Conditions {

    /** Compute the current ETag of the resource a request names, or null when unknown. */
    @FunctionalInterface
    public interface EtagFunction {

        /** Return the ETag, quoted ({@code "v1"}, {@code W/"v1"}) or not ({@code v1}), or null. */
        String etag(Request request, Kwargs kwargs) throws Exception;
    }

    /** Compute when the resource a request names last changed, or null when unknown. */
    @FunctionalInterface
    public interface LastModifiedFunction {

        /** Return the last-modified time (whole seconds count, as in HTTP dates), or null. */
        Instant lastModified(Request request, Kwargs kwargs) throws Exception;
    }

    private Conditions() {}

    /**
     * {@code view}, answering 304 or 412 from the preconditions before it runs; either function may be null.
     *
     * @throws IllegalArgumentException when both functions are null
     */
    public static View condition(EtagFunction etag, LastModifiedFunction lastModified, View view) {
        Objects.requireNonNull(view, "view");
        if (etag == null && lastModified == null) {
            throw new IllegalArgumentException("condition needs an ETag function, a last-modified function or both");
        }
        View behaviour = (request, kwargs) -> {
            Instant modified = lastModified == null ? null : lastModified.lastModified(request, kwargs);
            String raw = etag == null ? null : etag.etag(request, kwargs);
            String tag = raw == null ? null : Preconditions.quoteEtag(raw);
            Response response = Preconditions.evaluate(request, tag, modified, null);
            if (response == null) {
                response = view.handle(request, kwargs);
                if (response == null) {
                    return null;
                }
            }
            String method = request.method();
            if (method.equals("GET") || method.equals("HEAD")) {
                if (modified != null && response.header("Last-Modified") == null) {
                    response.header("Last-Modified", Preconditions.httpDate(modified));
                }
                if (tag != null && response.header("ETag") == null) {
                    response.header("ETag", tag);
                }
            }
            return response;
        };
        return new DecoratedView(behaviour, view, view.meta());
    }

    /** {@code view}, checking {@code If-Match} / {@code If-None-Match} against {@code etag} first. */
    public static View etag(EtagFunction etag, View view) {
        return condition(Objects.requireNonNull(etag, "etag"), null, view);
    }

    /** {@code view}, checking {@code If-Modified-Since} / {@code If-Unmodified-Since} first. */
    public static View lastModified(LastModifiedFunction lastModified, View view) {
        return condition(null, Objects.requireNonNull(lastModified, "lastModified"), view);
    }
}
