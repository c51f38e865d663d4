package dev.jango.middleware;

import dev.jango.core.exceptions.ImproperlyConfigured;
import dev.jango.http.Request;
import dev.jango.http.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Cross-Origin Resource Sharing (Django has none built in): lets pages on other origins call this API.
 *
 * <p>A request whose {@code Origin} is allowed (exactly, by a regular expression, or by {@code *}) gets
 * {@code Access-Control-Allow-Origin} (the origin itself, or {@code *} when any origin is allowed without
 * credentials), {@code Vary: Origin}, {@code Access-Control-Allow-Credentials} when credentials are allowed,
 * and {@code Access-Control-Expose-Headers}. A preflight ({@code OPTIONS} with
 * {@code Access-Control-Request-Method}) from an allowed origin is answered here with 204, the allowed
 * methods and headers and {@code Access-Control-Max-Age}, without reaching the view. Other origins get no
 * CORS headers, so browsers keep their same-origin rules. Allowing any origin together with credentials is
 * refused at start-up: it would let every site act as the logged-in user.
 */
public final class CorsMiddleware implements Middleware {

    private final boolean anyOrigin;
    private final Set<String> origins;
    private final List<Pattern> originPatterns;
    private final boolean credentials;
    private final String methods;
    private final Set<String> headers;
    private final String exposed;
    private final String maxAge;

    private CorsMiddleware(Builder b) {
        this.anyOrigin = b.origins.contains("*");
        this.origins = Set.copyOf(b.origins);
        this.originPatterns = b.originPatterns.stream().map(Pattern::compile).toList();
        this.credentials = b.credentials;
        this.methods = String.join(", ", b.methods);
        TreeSet<String> lower = new TreeSet<>();
        b.headers.forEach(h -> lower.add(h.toLowerCase(Locale.ROOT)));
        this.headers = lower;
        this.exposed = b.exposedHeaders.isEmpty() ? null : String.join(", ", b.exposedHeaders);
        this.maxAge = Long.toString(b.maxAge.toSeconds());
    }

    /** A builder; nothing is allowed until origins are added. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Handler wrap(Handler next) {
        return request -> {
            String origin = request.header("Origin");
            if (origin == null || !allowed(origin)) {
                return next.handle(request);
            }
            if (request.method().equals("OPTIONS") && request.header("Access-Control-Request-Method") != null) {
                return preflight(request, origin);
            }
            return decorate(next.handle(request), origin);
        };
    }

    private boolean allowed(String origin) {
        if (anyOrigin || origins.contains(origin)) {
            return true;
        }
        for (Pattern pattern : originPatterns) {
            if (pattern.matcher(origin).matches()) {
                return true;
            }
        }
        return false;
    }

    private Response preflight(Request request, String origin) {
        Response response = decorate(Response.empty(204), origin);
        response.header("Access-Control-Allow-Methods", methods);
        String requested = request.header("Access-Control-Request-Headers");
        if (requested != null && !requested.isBlank()) {
            List<String> granted = new ArrayList<>();
            for (String header : requested.split(",")) {
                String name = header.strip().toLowerCase(Locale.ROOT);
                if (headers.contains("*") && !credentials || headers.contains(name)) {
                    granted.add(name);
                }
            }
            if (!granted.isEmpty()) {
                response.header("Access-Control-Allow-Headers", String.join(", ", granted));
            }
        }
        response.header("Access-Control-Max-Age", maxAge);
        return response;
    }

    private Response decorate(Response response, String origin) {
        response.header("Access-Control-Allow-Origin", anyOrigin && !credentials ? "*" : origin);
        if (credentials) {
            response.header("Access-Control-Allow-Credentials", "true");
        }
        if (exposed != null) {
            response.header("Access-Control-Expose-Headers", exposed);
        }
        if (!(anyOrigin && !credentials)) {
            String vary = response.header("Vary");
            if (vary == null) {
                response.header("Vary", "Origin");
            } else if (!vary.toLowerCase(Locale.ROOT).contains("origin")) {
                response.header("Vary", vary + ", Origin");
            }
        }
        return response;
    }

    /** What {@link CorsMiddleware} allows. */
    public static final class Builder {
        private final List<String> origins = new ArrayList<>();
        private final List<String> originPatterns = new ArrayList<>();
        private boolean credentials;
        private List<String> methods = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
        private List<String> headers = List.of("accept", "authorization", "content-type", "x-csrftoken", "x-requested-with");
        private List<String> exposedHeaders = List.of();
        private Duration maxAge = Duration.ofDays(1);

        private Builder() {}

        /** Allow these exact origins, such as {@code https://app.example.com}; {@code *} allows any. */
        public Builder allowOrigins(String... allowed) {
            origins.addAll(List.of(allowed));
            return this;
        }

        /** Allow origins matching these regular expressions (whole-origin match), such as {@code https://.*\.example\.com}. */
        public Builder allowOriginPatterns(String... patterns) {
            originPatterns.addAll(List.of(patterns));
            return this;
        }

        /** Let browsers send cookies and credentials cross-origin. */
        public Builder allowCredentials(boolean allow) {
            this.credentials = allow;
            return this;
        }

        /** The methods a preflight allows. */
        public Builder allowMethods(String... allowed) {
            this.methods = List.of(allowed);
            return this;
        }

        /** The request headers a preflight allows ({@code *}: any, without credentials). */
        public Builder allowHeaders(String... allowed) {
            this.headers = List.of(allowed);
            return this;
        }

        /** Response headers scripts on other origins may read. */
        public Builder exposeHeaders(String... exposed) {
            this.exposedHeaders = List.of(exposed);
            return this;
        }

        /** How long browsers may cache a preflight answer. */
        public Builder maxAge(Duration age) {
            this.maxAge = age;
            return this;
        }

        /**
         * The middleware.
         *
         * @throws ImproperlyConfigured when any origin ({@code *}) is combined with credentials
         */
        public CorsMiddleware build() {
            if (origins.contains("*") && credentials) {
                throw new ImproperlyConfigured("CORS: allowing any origin ('*') together with credentials would let "
                        + "every website act as the logged-in user. List the trusted origins instead");
            }
            for (String pattern : originPatterns) {
                Pattern.compile(pattern);
            }
            return new CorsMiddleware(this);
        }
    }
}
