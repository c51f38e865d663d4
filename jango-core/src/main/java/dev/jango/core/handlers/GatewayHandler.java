package dev.jango.core.handlers;

import dev.jango.middleware.Handler;

import static dev.jango.conf.CoreSettings.ALLOWED_HOSTS;
import static dev.jango.conf.CoreSettings.DEBUG;
import static dev.jango.conf.CoreSettings.SECRET_KEY;

import dev.jango.conf.Settings;
import dev.jango.core.exceptions.ImproperlyConfigured;
import dev.jango.core.signals.RequestFinished;
import dev.jango.core.signals.RequestStarted;
import dev.jango.core.signals.Signals;
import dev.jango.gateway.Application;
import dev.jango.gateway.Body;
import dev.jango.gateway.Completion;
import dev.jango.gateway.GatewayRequest;
import dev.jango.gateway.GatewayResponse;
import dev.jango.gateway.Headers;
import dev.jango.http.Attributes;
import dev.jango.http.HeaderChecks;
import dev.jango.http.Request;
import dev.jango.http.Response;
import dev.jango.middleware.ExceptionMiddleware;
import dev.jango.middleware.Middleware;
import dev.jango.middleware.MiddlewareNotUsed;
import dev.jango.middleware.TemplateResponseMiddleware;
import dev.jango.middleware.ViewMiddleware;
import dev.jango.template.Templates;
import dev.jango.urls.UrlResolver;
import dev.jango.urls.Urls;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Jango application as the gateway sees it, like Django's {@code WSGIHandler}.
 *
 * <p>Built once from an {@link Assembly}: start-up checks run, the URL configuration is compiled and the
 * middleware onion is composed here, so that a request does no set-up work. Per request it makes the
 * {@link Request}, sends {@code requestStarted}, runs the onion (each layer guarded so it always gets a
 * response), and hands the {@link Response} to the server; {@code requestFinished} follows once the
 * server reports the exchange ended. A response that may carry no body ({@link GatewayResponse#bodyAllowed}:
 * HEAD, 1xx, 204, 304) loses it here, before the server sees it: HEAD responses keep their headers and
 * {@code Content-Length}, 1xx and 204 lose {@code Content-Length}.
 */
public final class GatewayHandler implements Application {

    private static final Logger LOG = LoggerFactory.getLogger(GatewayHandler.class);

    private final Assembly assembly;
    private final Settings settings;
    private final UrlResolver urls;
    private final Attributes shared;
    private final ErrorResponses errors;
    private final Signals signals;
    private final Handler chain;
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean stopped = new AtomicBoolean();

    /**
     * Build the application: check the settings, compile the URLs and compose the middleware.
     *
     * @throws ImproperlyConfigured when the settings are wrong, saying what to change
     */
    public GatewayHandler(Assembly assembly) {
        this.assembly = assembly;
        this.settings = assembly.settings();
        if (!settings.get(DEBUG) && settings.get(SECRET_KEY).isBlank()) {
            throw new ImproperlyConfigured("secretKey is empty while debug is off. Set the JANGO_SECRET_KEY "
                    + "environment variable (or Settings.builder().set(SECRET_KEY, ...)) to a long random value");
        }
        if (!settings.get(DEBUG) && settings.get(ALLOWED_HOSTS).isEmpty()) {
            throw new ImproperlyConfigured("allowedHosts is empty while debug is off, so every request would be "
                    + "refused. List the host names this site answers to in JANGO_ALLOWED_HOSTS (comma-separated) "
                    + "or Settings.builder().set(ALLOWED_HOSTS, List.of(\"example.com\"))");
        }
        this.urls = UrlResolver.of(assembly.urls());
        this.shared = Attributes.none().with(Urls.urlconfAttribute(), urls)
                .with(Templates.engineAttribute(), assembly.templateEngine());
        this.signals = assembly.signals();
        this.errors = new ErrorResponses(settings, assembly.errorHandlers(), signals, urls);
        this.chain = loadMiddleware(assembly.middleware());
    }

    private Handler loadMiddleware(List<Middleware> layers) {
        Set<Middleware> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Middleware layer : layers) {
            if (!seen.add(layer)) {
                throw new ImproperlyConfigured(ExceptionBarrier.describe(layer) + " is listed twice in the "
                        + "middleware (the same instance); each layer runs once per request, so list it once");
            }
        }
        List<ViewMiddleware> viewHooks = new ArrayList<>();
        List<ExceptionMiddleware> exceptionHooks = new ArrayList<>();
        List<TemplateResponseMiddleware> templateHooks = new ArrayList<>();
        CoreHandler core = new CoreHandler(urls, viewHooks, exceptionHooks, templateHooks, assembly.templateEngine());
        Handler handler = ExceptionBarrier.guard(core, "The core handler", errors);
        // Like Django's load_middleware: innermost first, so view hooks end up outer to inner and the
        // exception and template hooks inner to outer.
        for (int i = layers.size() - 1; i >= 0; i--) {
            Middleware layer = layers.get(i);
            Handler wrapped;
            try {
                wrapped = layer.wrap(handler);
            } catch (MiddlewareNotUsed notUsed) {
                LOG.debug("{} is not used: {}", ExceptionBarrier.describe(layer), notUsed.getMessage());
                continue;
            }
            if (wrapped == null) {
                throw new ImproperlyConfigured(ExceptionBarrier.describe(layer)
                        + " returned null from wrap(next); return a Handler (or next itself)");
            }
            if (layer instanceof ViewMiddleware hook) {
                viewHooks.addFirst(hook);
            }
            if (layer instanceof ExceptionMiddleware hook) {
                exceptionHooks.add(hook);
            }
            if (layer instanceof TemplateResponseMiddleware hook) {
                templateHooks.add(hook);
            }
            handler = ExceptionBarrier.guard(wrapped, ExceptionBarrier.describe(layer), errors);
        }
        return handler; // the core handler reads the hook lists, complete now and never changed again
    }

    /** The parts this application was built from. */
    public Assembly assembly() {
        return assembly;
    }

    /** The settings this application was built from. */
    public Settings settings() {
        return settings;
    }

    /** The compiled root URL configuration, for {@code reverse()} outside a request. */
    public UrlResolver urls() {
        return urls;
    }

    /** Run the start-up hooks, once. A failing hook stops the start with an exception naming it. */
    @Override
    public void start() {
        if (!started.compareAndSet(false, true)) {
            return;
        }
        List<LifecycleHook> hooks = assembly.onStartup();
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
        List<LifecycleHook> hooks = assembly.onShutdown();
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
            request = Request.from(gateway, settings, shared);
            if (!signals.requestStarted().isEmpty()) {
                signals.requestStarted().send(new RequestStarted(request));
            }
            Request current = request;
            response = Urls.withUrlconf(urls, current.scriptName(), () -> chain.handle(current));
        } catch (Throwable e) { // the chain is guarded; this catches a bad path and Errors
            response = errors.forException(e, request);
        }
        return toGateway(gateway, request, response);
    }

    private GatewayResponse toGateway(GatewayRequest gateway, Request request, Response response) {
        if (request != null) {
            try {
                response = response.adaptTo(request);
            } catch (RuntimeException e) {
                response = errors.forException(e, request);
            }
        }
        Headers headers;
        try {
            headers = response.checkedHeaders();
            for (var cookie : response.cookies().values()) {
                String value = cookie.toHeaderValue();
                HeaderChecks.check("Set-Cookie", value);
                headers.add("Set-Cookie", value);
            }
        } catch (IllegalArgumentException unsafe) {
            response = errors.forException(new IllegalStateException(
                    "The response was not sent: " + unsafe.getMessage(), unsafe), request);
            headers = response.headers();
        }
        int status = response.status();
        Body body = response.body();
        if (!GatewayResponse.bodyAllowed(gateway.method(), status)) {
            if (status < 200 || status == 204) {
                headers.remove("Content-Length"); // RFC 9110 8.6: never on 1xx and 204
            } else if (status != 304 && !headers.contains("Content-Length") && body.length() >= 0) {
                headers.set("Content-Length", Long.toString(body.length())); // HEAD: the length the GET would have
            }
            body = Body.empty();
        }
        // Nothing to do once the exchange ends (no requestFinished listener, no form files): say so, and the server
        // need not schedule anything for it.
        boolean nothingToFinish = signals.requestFinished().isEmpty() && (request == null || !request.holdsFiles());
        return new GatewayResponse(status, headers, body,
                nothingToFinish ? Completion.NONE : failure -> finished(gateway, request, failure),
                response.reasonPhrase());
    }

    private void finished(GatewayRequest gateway, Request request, Throwable failure) {
        if (failure != null) {
            LOG.debug("Response to {} {} was not fully sent: {}", gateway.method(), gateway.rawPath(), failure.toString());
        }
        if (request != null) {
            if (!signals.requestFinished().isEmpty()) {
                signals.requestFinished().send(new RequestFinished(request, failure));
            }
            request.close();
        }
    }
}
