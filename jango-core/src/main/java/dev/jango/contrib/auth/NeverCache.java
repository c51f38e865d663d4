package dev.jango.contrib.auth;

import dev.jango.gateway.HttpDate;
import dev.jango.http.Response;
import java.time.Instant;

/**
 * Django's {@code never_cache} headers, for pages that must not be kept by browsers or proxies: {@code Expires} now
 * (unless set already), as Django's {@code add_never_cache_headers}.
 */
final class NeverCache {

    private NeverCache() {}

    static Response apply(Response response) {
        response.header("Cache-Control", "max-age=0, no-cache, no-store, must-revalidate, private");
        return response.header("Expires") != null ? response : response.header("Expires", HttpDate.format(Instant.now()));
    }
}
