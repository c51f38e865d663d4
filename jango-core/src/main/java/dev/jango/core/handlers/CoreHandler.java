package dev.jango.core.handlers;

import dev.jango.middleware.Handler;

import dev.jango.core.exceptions.ImproperlyConfigured;
import dev.jango.http.Request;
import dev.jango.http.Response;
import dev.jango.middleware.ExceptionMiddleware;
import dev.jango.middleware.TemplateResponseMiddleware;
import dev.jango.middleware.ViewMiddleware;
import dev.jango.template.TemplateEngine;
import dev.jango.template.TemplateResponse;
import dev.jango.urls.ResolverMatch;
import dev.jango.urls.UrlResolver;
import dev.jango.urls.Urls;
import java.util.List;

/**
 * The innermost layer, like Django's {@code _get_response}: resolve the URL, run the view hooks, call the
 * view, give its exceptions to the exception hooks, run the template-response hooks and render.
 */
final class CoreHandler implements Handler {

    private final UrlResolver resolver;
    private final List<ViewMiddleware> viewHooks;           // outer to inner
    private final List<ExceptionMiddleware> exceptionHooks; // inner to outer
    private final List<TemplateResponseMiddleware> templateHooks; // inner to outer
    private final TemplateEngine templates;

    CoreHandler(UrlResolver resolver, List<ViewMiddleware> viewHooks, List<ExceptionMiddleware> exceptionHooks,
                List<TemplateResponseMiddleware> templateHooks, TemplateEngine templates) {
        this.resolver = resolver;
        // Filled by GatewayHandler while it composes the middleware, before the first request; not copied.
        this.viewHooks = viewHooks;
        this.exceptionHooks = exceptionHooks;
        this.templateHooks = templateHooks;
        this.templates = templates;
    }

    @Override
    public Response handle(Request request) throws Exception {
        UrlResolver urls = Urls.urlconf(request);
        if (urls == null || urls == resolver) {
            return respond(request, resolver);
        }
        return Urls.withUrlconf(urls, request.scriptName(), () -> respond(request, urls)); // a middleware's override
    }

    private Response respond(Request request, UrlResolver urls) throws Exception {
        ResolverMatch match = Urls.resolve(request);
        if (match == null) {
            throw new Resolver404(request.pathInfo(), urls);
        }
        Response response = null;
        for (ViewMiddleware hook : viewHooks) {
            response = hook.processView(request, match.view(), match.kwargs());
            if (response != null) {
                break;
            }
        }
        if (response == null) {
            try {
                response = match.view().handle(request, match.kwargs());
            } catch (Exception e) {
                response = processException(request, e);
            }
            if (response == null) {
                throw new IllegalStateException("The view of route '" + match.route() + "'"
                        + (match.urlName() == null ? "" : " (name '" + match.viewName() + "')")
                        + " didn't return a Response. It returned null instead.");
            }
        }
        if (response instanceof TemplateResponse template && !template.isRendered()) {
            response = render(request, template);
        }
        return response;
    }

    private Response processException(Request request, Exception exception) throws Exception {
        for (ExceptionMiddleware hook : exceptionHooks) {
            Response response = hook.processException(request, exception);
            if (response != null) {
                return response;
            }
        }
        throw exception;
    }

    private Response render(Request request, TemplateResponse response) throws Exception {
        for (TemplateResponseMiddleware hook : templateHooks) {
            TemplateResponse changed = hook.processTemplateResponse(request, response);
            if (changed == null) {
                throw new IllegalStateException(ExceptionBarrier.describe(hook)
                        + ".processTemplateResponse didn't return a TemplateResponse. It returned null instead.");
            }
            response = changed;
        }
        if (templates == null) {
            throw new ImproperlyConfigured("A view returned a TemplateResponse for '" + response.templateName()
                    + "' but no template engine is configured; add Jango.builder().templateEngine(...)");
        }
        try {
            return response.render(templates, request);
        } catch (Exception e) {
            return processException(request, e);
        }
    }
}
