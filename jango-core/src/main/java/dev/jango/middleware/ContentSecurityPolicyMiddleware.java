package dev.jango.middleware;

import dev.jango.http.Attribute;
import dev.jango.http.Request;
import dev.jango.http.Response;
import dev.jango.template.ContextProcessor;
import dev.jango.urls.ResolverMatch;
import dev.jango.views.View;
import dev.jango.views.Views;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * Sends {@code Content-Security-Policy} and/or {@code Content-Security-Policy-Report-Only}, like Django 6's
 * {@code ContentSecurityPolicyMiddleware}.
 *
 * <p>{@link CspPolicy#NONCE} in a policy becomes {@code 'nonce-...'} with this request's nonce when something
 * asked for it ({@link #nonce(Request)}, or templates through the {@code csp_nonce} context variable of
 * {@link #contextProcessor()}), and is dropped otherwise, so pages without inline scripts do not weaken caching. A
 * header the view set itself is kept. Views can replace or turn off either policy: {@link #override},
 * {@link #reportOnlyOverride} (with {@link CspPolicy#EMPTY} to turn it off).
 */
public final class ContentSecurityPolicyMiddleware implements Middleware {

    /** Metadata key of a view's own enforced policy, set by {@link #override}. */
    public static final String OVERRIDE = "cspOverride";
    /** Metadata key of a view's own report-only policy, set by {@link #reportOnlyOverride}. */
    public static final String REPORT_ONLY_OVERRIDE = "cspReportOnlyOverride";
    private static final Attribute<String> NONCE = Attribute.named("cspNonce");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CspPolicy policy;
    private final CspPolicy reportOnly;

    /**
     * @param policy     the enforced policy, or null for none
     * @param reportOnly the report-only policy, or null for none
     * @throws IllegalArgumentException when both are null
     */
    public ContentSecurityPolicyMiddleware(CspPolicy policy, CspPolicy reportOnly) {
        if (policy == null && reportOnly == null) {
            throw new IllegalArgumentException("ContentSecurityPolicyMiddleware needs a policy, a report-only policy "
                    + "or both");
        }
        this.policy = policy;
        this.reportOnly = reportOnly;
    }

    /** This request's nonce (128 random bits, base64), made on first use and the same for the whole request. */
    public static String nonce(Request request) {
        String nonce = request.attribute(NONCE);
        if (nonce == null) {
            byte[] bytes = new byte[16];
            RANDOM.nextBytes(bytes);
            nonce = Base64.getEncoder().encodeToString(bytes);
            request.setAttribute(NONCE, nonce);
        }
        return nonce;
    }

    /** {@code view}, answered with its own Content-Security-Policy ({@link CspPolicy#EMPTY}: none). */
    public static View override(CspPolicy policy, View view) {
        return Views.withMeta(view, OVERRIDE, policy);
    }

    /** {@code view}, answered with its own report-only policy ({@link CspPolicy#EMPTY}: none). */
    public static View reportOnlyOverride(CspPolicy policy, View view) {
        return Views.withMeta(view, REPORT_ONLY_OVERRIDE, policy);
    }

    /**
     * The {@code csp_nonce} context processor, like Django's {@code django.template.context_processors.csp}: this
     * request's nonce, for {@code <script nonce="{{ csp_nonce }}">}; made (and added to the header) only when a
     * template uses it.
     */
    public static ContextProcessor contextProcessor() {
        return request -> Map.of("csp_nonce", new Lazy(() -> nonce(request)));
    }

    @Override
    public Handler wrap(Handler next) {
        return request -> {
            Response response = next.handle(request);
            ResolverMatch match = ResolverMatch.of(request);
            send(request, response, "Content-Security-Policy", chosen(match, OVERRIDE, policy));
            send(request, response, "Content-Security-Policy-Report-Only",
                    chosen(match, REPORT_ONLY_OVERRIDE, reportOnly));
            return response;
        };
    }

    private static CspPolicy chosen(ResolverMatch match, String key, CspPolicy fallback) {
        Object override = match == null ? null : match.meta(key);
        return override instanceof CspPolicy own ? own : fallback;
    }

    private static void send(Request request, Response response, String header, CspPolicy policy) {
        if (policy == null || policy.directives().isEmpty() || response.header(header) != null) {
            return;
        }
        response.header(header, policy.render(request.attribute(NONCE)));
    }
}
