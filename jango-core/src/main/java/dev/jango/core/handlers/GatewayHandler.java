package dev.jango.core.handlers;

import dev.jango.conf.Settings;
import dev.jango.core.exceptions.ImproperlyConfigured;
import dev.jango.gateway.Application;
import dev.jango.gateway.Body;
import dev.jango.gateway.GatewayRequest;
import dev.jango.gateway.GatewayResponse;
import dev.jango.gateway.Headers;
import dev.jango.http.HeaderChecks;
import dev.jango.http.Request;
import dev.jango.http.Response;
import dev.jango.middleware.Middleware;
import dev.jango.urls.UrlResolver;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Jango application as the gateway sees it, like Django's {@code WSGIHandler}.
 *
 * <p>Built once from {@link Settings}: the URL patterns are indexed and the middleware onion is composed
 * here, at start-up, so that a request does no set-up work. Per request it makes the {@link Request}, runs
 * the onion (each layer guarded so it always gets a response), and hands the {@link Response} back to the
 * server: HEAD responses keep their headers and {@code Content-Length} but lose their body; 1xx, 204 and
 * 304 responses have no body.
 */
public final class GatewayHandler implements Application {

    private static final Logger LOG = LoggerFactory.getLogger(GatewayHandler.class);

    private final Settings settings;
    private final ErrorResponses errors;
    private final Handler chain;
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean stopped = new AtomicBoolean();

    /** Build the application: index the URLs and compose the middleware, outermost first. */
    public GatewayHandler(Settings settings) {
        this.settings = settings;
        this.errors = new ErrorResponses(settings.debug());
        Handler handler = ExceptionBarrier.guard(
                new CoreHandler(UrlResolver.of(settings.urls())), "The core handler", errors);
        List<Middleware> layers = settings.middleware();
        for (int i = layers.size() - 1; i >= 0; i--) {
            Middleware layer = layers.get(i);
            Handler wrapped = layer.wrap(handler);
            if (wrapped == null) {
                throw new ImproperlyConfigured(ExceptionBarrier.describe(layer)
                        + " returned null from wrap(next); return a Handler (or next itself)");
            }
            handler = ExceptionBarrier.guard(wrapped, ExceptionBarrier.describe(layer), errors);
        }
        this.chain = handler;
    }

    /** The settings this application was built from. */
    public Settings settings() {
        return settings;
    }

    /** Run the start-up hooks, once. A failing hook stops the start with an exception naming it. */
    @Override
    public void start() {
        if (!started.compareAndSet(false, true)) {
            return;
        }
        List<Settings.Hook> hooks = settings.onStartup();
        for (int i = 0; i < hooks.size(); i++) {
            try {
                hooks.get(i).run();
            } catch (Exception e) {
                throw new ImproperlyConfigured("Start-up hook #" + (i + 1) + " failed: " + e, e);
            }
        }
    }

    /** Run the shutdown hooks once, in reverse order; a failing hook is logged and the others still run. */
    @Override
    public void stop() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        List<Settings.Hook> hooks = settings.onShutdown();
        for (int i = hooks.size() - 1; i >= 0; i--) {
            try {
                hooks.get(i).run();
            } catch (Exception e) {
                LOG.error("Shutdown hook #{} failed", i + 1, e);
            }
        }
    }

    @Override
    public GatewayResponse call(GatewayRequest gateway) {
        Request request = null;
        Response response;
        try {
            request = Request.from(gateway, settings);
            response = chain.handle(request);
        } catch (Throwable e) { // the chain is guarded; this catches a bad path and Errors
            response = errors.forException(e, request);
        }
        return toGateway(gateway, request, response);
    }

    private GatewayResponse toGateway(GatewayRequest gateway, Request request, Response response) {
        Headers headers = response.headers();
        try {
            for (int i = 0; i < headers.size(); i++) {
                HeaderChecks.check(headers.name(i), headers.value(i));
            }
        } catch (IllegalArgumentException unsafe) {
            response = errors.forException(new IllegalStateException(
                    "The response was not sent: " + unsafe.getMessage(), unsafe), request);
            headers = response.headers();
        }
        int status = response.status();
        Body body = response.body();
        if (status < 200 || status == 204) {
            headers.remove("Content-Length");
            body = Body.empty();
        } else if (status == 304) {
            body = Body.empty();
        } else if (gateway.method().equals("HEAD")) {
            if (!headers.contains("Content-Length") && body.length() >= 0) {
                headers.set("Content-Length", Long.toString(body.length()));
            }
            body = Body.empty();
        }
        return new GatewayResponse(status, headers, body, failure -> {
            if (failure != null) {
                LOG.debug("Response to {} {} was not fully sent: {}", gateway.method(), gateway.rawPath(),
                        failure.toString());
            }
        });
    }
}
