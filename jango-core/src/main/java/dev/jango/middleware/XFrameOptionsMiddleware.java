package dev.jango.middleware;

import dev.jango.http.Response;
import dev.jango.urls.ResolverMatch;
import dev.jango.views.View;
import dev.jango.views.Views;
import java.util.Locale;

/**
 * Sets {@code X-Frame-Options} so other sites cannot frame these pages (clickjacking), like Django's
 * {@code XFrameOptionsMiddleware}.
 *
 * <p>{@code DENY} by default, or {@code SAMEORIGIN}. A response that already carries the header keeps it;
 * a view decorated with {@link #exempt} gets none.
 */
public final class XFrameOptionsMiddleware implements Middleware {

    /** The metadata key {@link #exempt} sets on a view. */
    public static final String EXEMPT = "xframeOptionsExempt";

    private final String value;

    /** {@code X-Frame-Options: DENY}. */
    public XFrameOptionsMiddleware() {
        this("DENY");
    }

    /** {@code X-Frame-Options: value}, where value is {@code DENY} or {@code SAMEORIGIN}. */
    public XFrameOptionsMiddleware(String value) {
        String upper = value.toUpperCase(Locale.ROOT);
        if (!upper.equals("DENY") && !upper.equals("SAMEORIGIN")) {
            throw new IllegalArgumentException("X-Frame-Options is DENY or SAMEORIGIN, not '" + value + "'");
        }
        this.value = upper;
    }

    /** {@code view}, which {@code XFrameOptionsMiddleware} leaves without {@code X-Frame-Options}. */
    public static View exempt(View view) {
        return Views.withMeta(view, EXEMPT, true);
    }

    @Override
    public Handler wrap(Handler next) {
        return request -> {
            Response response = next.handle(request);
            ResolverMatch match = ResolverMatch.of(request);
            if (response.header("X-Frame-Options") == null && (match == null || !match.hasFlag(EXEMPT))) {
                response.header("X-Frame-Options", value);
            }
            return response;
        };
    }
}
