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
 * <p>{@code DENY} by default, or {@code SAMEORIGIN}. A response that already carries the header keeps it, so a
 * view decorated with {@link #deny} or {@link #sameOrigin} (Django's {@code xframe_options_deny},
 * {@code xframe_options_sameorigin}) answers with its own value whatever the middleware's; a view decorated with
 * {@link #exempt} gets none.
 *
 * <pre>{@code
 * path("embed/", XFrameOptionsMiddleware.sameOrigin(EmbedViews::player), "player")
 * }</pre>
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

    /**
     * {@code view}, answering with {@code X-Frame-Options: DENY} unless its response already sets the header, like
     * Django's {@code xframe_options_deny}; it wins over this middleware's value.
     */
    public static View deny(View view) {
        return withHeaderValue(view, "DENY");
    }

    /**
     * {@code view}, answering with {@code X-Frame-Options: SAMEORIGIN} unless its response already sets the header,
     * like Django's {@code xframe_options_sameorigin}; it wins over this middleware's value.
     */
    public static View sameOrigin(View view) {
        return withHeaderValue(view, "SAMEORIGIN");
    }

    private static View withHeaderValue(View view, String value) {
        return Views.decorate(view, (request, kwargs) -> {
            Response response = view.handle(request, kwargs);
            if (response != null && response.header("X-Frame-Options") == null) {
                response.header("X-Frame-Options", value);
            }
            return response;
        });
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
