package dev.jango.test;

import dev.jango.conf.Settings;
import dev.jango.http.Request;

/**
 * Builds {@link Request}s for calling a view or a middleware directly, without URL resolution or the rest
 * of the cycle, like Django's {@code RequestFactory}.
 *
 * <pre>{@code
 * RequestFactory rf = new RequestFactory();
 * Response response = new PoweredByMiddleware().wrap(req -> Response.text("hi")).handle(rf.get("/"));
 * }</pre>
 */
public final class RequestFactory extends RequestMaker<Request> {

    private final Settings settings;
    private boolean secure;

    /** A factory for requests with default settings. */
    public RequestFactory() {
        this(Settings.builder().build());
    }

    /** A factory for requests read with {@code settings} (body limits and the like). */
    public RequestFactory(Settings settings) {
        this.settings = settings;
    }

    /** Make requests over HTTPS from now on (true) or HTTP (false). */
    public RequestFactory secure(boolean secure) {
        this.secure = secure;
        return this;
    }

    @Override
    Request perform(Call<Request> call) {
        return Request.from(call.toGateway(secure), settings);
    }
}
