package dev.jango.http;

import dev.jango.core.exceptions.SuspiciousOperation;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Redirect responses: 302 by default, 301 permanent, 303 See Other, 307 and 308 keeping method and body.
 *
 * <p>The location is refused with {@link SuspiciousOperation} (a 400) when its scheme is not http, https or
 * ftp (for example {@code javascript:} or {@code data:}), like Django's {@code HttpResponseRedirect}. The
 * {@code Location} sent is the location made a URI as Django's {@code iri_to_uri} makes it ({@link Uris#iriToUri}):
 * {@code /café/} goes out as {@code /caf%C3%A9/}, and a space, CR, LF or NUL percent-encoded, never raw. Relative
 * locations stay relative. Use {@code Urls.reverse} to build locations from route names.
 */
public final class Redirect {

    private static final Set<String> ALLOWED_SCHEMES = Set.of("http", "https", "ftp");

    private Redirect() {}

    /** 302 Found: go there for now. */
    public static Response to(String location) {
        return of(302, location);
    }

    /** 301 Moved Permanently. */
    public static Response permanent(String location) {
        return of(301, location);
    }

    /** 303 See Other: fetch the result with GET, as after a form POST. */
    public static Response seeOther(String location) {
        return of(303, location);
    }

    /** 307 Temporary Redirect: repeat the same method and body there. */
    public static Response temporary(String location) {
        return of(307, location);
    }

    /** 308 Permanent Redirect: repeat the same method and body there, from now on. */
    public static Response permanentKeepingMethod(String location) {
        return of(308, location);
    }

    /** A redirect of {@code status} (301, 302, 303, 307 or 308) to {@code location}. */
    public static Response of(int status, String location) {
        if (status != 301 && status != 302 && status != 303 && status != 307 && status != 308) {
            throw new IllegalArgumentException("A redirect status is 301, 302, 303, 307 or 308, not " + status);
        }
        checkScheme(location);
        return Response.empty(status).header("Location", Uris.iriToUri(location));
    }

    private static void checkScheme(String location) {
        // Browsers drop tabs and newlines inside URLs and leading control characters: so must the check.
        String trimmed = location.replaceAll("[\\t\\r\\n]", "").replaceAll("^[\\x00-\\x20]+", "");
        int colon = trimmed.indexOf(':');
        int slash = trimmed.indexOf('/');
        if (colon > 0 && (slash < 0 || colon < slash)) {
            String scheme;
            try {
                scheme = URI.create(trimmed.replace(" ", "%20")).getScheme();
            } catch (IllegalArgumentException e) {
                scheme = trimmed.substring(0, colon);
            }
            if (scheme != null && !ALLOWED_SCHEMES.contains(scheme.toLowerCase(Locale.ROOT))) {
                throw new SuspiciousOperation("Unsafe redirect to URL with protocol '" + scheme + "'");
            }
        }
    }
}
