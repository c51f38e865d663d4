package dev.jango.contrib.staticfiles;

import dev.jango.core.exceptions.Http404;
import dev.jango.http.AcceptEncoding;
import dev.jango.http.ContentTypes;
import dev.jango.http.FileResponse;
import dev.jango.http.Preconditions;
import dev.jango.http.Request;
import dev.jango.http.Response;
import dev.jango.middleware.Handler;
import dev.jango.middleware.Middleware;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Serves {@link StaticFiles} before URL resolution, WhiteNoise-style: a request under the static prefix is
 * answered here (404 when no such file), anything else goes on. Put it near the top of the stack, after
 * {@code SecurityMiddleware}.
 *
 * <p>Hashed names get {@code Cache-Control: max-age=31536000, public, immutable}; plain names the short
 * max age. Strong ETags from the content hash and {@code Last-Modified}, with 304s; {@code Range} (206);
 * a precompressed {@code .br} or {@code .gz} sibling when the client accepts it (not for ranges), with
 * {@code Vary: Accept-Encoding}. Only GET and HEAD (405 otherwise). Only indexed names are looked up, so
 * {@code ../}, encoded dots, backslashes and NULs can never reach another file.
 */
public final class StaticFilesMiddleware implements Middleware {

    private static final String IMMUTABLE = "max-age=31536000, public, immutable";
    private final StaticFiles files;

    /** Serve {@code files}. */
    public StaticFilesMiddleware(StaticFiles files) {
        this.files = Objects.requireNonNull(files, "files");
    }

    /**
     * Return the static files this middleware serves, the ones it was made with: how tools such as the
     * {@code collectstatic} and {@code check} commands find an app's static files in its middleware list.
     */
    public StaticFiles files() {
        return files;
    }

    @Override
    public Handler wrap(Handler next) {
        String prefix = files.prefix();
        return request -> {
            String path = request.pathInfo();
            if (!path.startsWith(prefix)) {
                return next.handle(request);
            }
            return serve(request, path.substring(prefix.length()));
        };
    }

    private Response serve(Request request, String relative) {
        StaticFile file = files.find(relative);
        if (file == null) {
            throw new Http404("No static file '" + relative + "'");
        }
        if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
            return Response.notAllowed(List.of("GET", "HEAD")); // an empty 405, as WhiteNoise answers
        }
        String cacheControl = files.isHashedName(file, relative) ? IMMUTABLE
                : "max-age=" + files.maxAge().toSeconds() + ", public";
        boolean ranged = request.header("Range") != null;
        List<String> accept = request.headers().getAll("Accept-Encoding");
        Path body = file.file();
        String encoding = null;
        if (!ranged && file.brotli() != null && AcceptEncoding.accepts(accept, "br")) {
            body = file.brotli();
            encoding = "br";
        } else if (!ranged && file.gzip() != null && AcceptEncoding.accepts(accept, "gzip")) {
            body = file.gzip();
            encoding = "gzip";
        }
        String etag = encoding == null ? file.etag()
                : file.etag().substring(0, file.etag().length() - 1) + "-" + encoding + "\"";
        Response notModified = Preconditions.evaluate(request, etag, file.lastModified(), null);
        Response response = notModified != null ? notModified : new FileResponse(body);
        if (notModified == null) {
            // Static files keep a charset on text types (as WhiteNoise), unlike a plain FileResponse (as Django's).
            response.header("Content-Type", ContentTypes.forFileName(file.name()));
            if (encoding != null) {
                response.header("Content-Encoding", encoding);
            }
        }
        if (file.brotli() != null || file.gzip() != null) {
            response.patchVary("Accept-Encoding");
        }
        return response.header("ETag", etag).header("Cache-Control", cacheControl);
    }
}
