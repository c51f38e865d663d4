package dev.jango.contrib.auth;

import dev.jango.http.Response;

/** Django's {@code never_cache} headers, for pages that must not be kept by browsers or proxies. */
final class NeverCache {

    private NeverCache() {}

    static Response apply(Response response) {
        return response.header("Cache-Control", "max-age=0, no-cache, no-store, must-revalidate, private")
                .header("Expires", "Thu, 01 Jan 1970 00:00:00 GMT");
    }
}
