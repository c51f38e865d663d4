package dev.jango.core.handlers;

import static dev.jango.conf.CoreSettings.DEBUG;

import dev.jango.conf.Settings;
import dev.jango.core.exceptions.HttpError;
import dev.jango.core.exceptions.SuspiciousOperation;
import dev.jango.core.signals.GotRequestException;
import dev.jango.core.signals.Signals;
import dev.jango.http.Html;
import dev.jango.http.Request;
import dev.jango.http.Response;
import dev.jango.urls.UrlResolver;
import dev.jango.http.JsonResponse;
import dev.jango.gateway.ReasonPhrases;
import dev.jango.middleware.RequestIdMiddleware;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns an exception into the response for it, and logs it, like Django's {@code response_for_exception}.
 *
 * <p>{@link HttpError}s answer with their status; anything else is a 500 and sends
 * {@code gotRequestException}. Logging: {@code dev.jango.request} at WARN for 4xx, at ERROR with the stack
 * trace for 5xx; suspicious operations also on {@code dev.jango.security.<ExceptionName>}. The body is, in
 * order of preference: the debug page (debug on, 404 and 500), the application's handler for the status,
 * or the built-in page; built-in bodies are {@code application/problem+json} for clients that prefer JSON,
 * HTML otherwise. With debug off nothing about the error reaches the client but its request id: when
 * {@link RequestIdMiddleware} gave the request one (the {@code X-Request-Id} the response carries), the built-in
 * page shows it and the problem body has it as {@code requestId}, the one thing a user can report. An error
 * raised before that middleware ran has none, and then nothing is shown.
 */
final class ErrorResponses {

    static final Logger REQUEST_LOG = LoggerFactory.getLogger("dev.jango.request");

    private final Settings settings;
    private final Map<Integer, ErrorHandler> handlers;
    private final Signals signals;
    private final UrlResolver urls;
    private final boolean debug;

    ErrorResponses(Settings settings, Map<Integer, ErrorHandler> handlers, Signals signals, UrlResolver urls) {
        this.settings = settings;
        this.handlers = handlers;
        this.signals = signals;
        this.urls = urls;
        this.debug = settings.get(DEBUG);
    }

    /** The response for {@code error}, raised while handling {@code request} (null if it could not be made). */
    Response forException(Throwable error, Request request) {
        int status = error instanceof HttpError http ? http.status() : 500;
        log(error, status, request);
        if (!(error instanceof HttpError)) {
            signals.gotRequestException().send(new GotRequestException(request, error));
        }
        Response response = build(error, status, request);
        if (error instanceof HttpError http) {
            http.headers().forEach(response::header);
        }
        return response;
    }

    private void log(Throwable error, int status, Request request) {
        String where = request == null ? "(unparsable request)" : request.path();
        if (error instanceof SuspiciousOperation) {
            LoggerFactory.getLogger("dev.jango.security." + error.getClass().getSimpleName())
                    .error("{}: {}", where, error.getMessage());
        }
        if (status >= 500) {
            REQUEST_LOG.error("{}: {}", ReasonPhrases.of(status), where, error);
        } else {
            REQUEST_LOG.warn("{}: {} ({})", ReasonPhrases.of(status), where, error.getMessage());
        }
    }

    private Response build(Throwable error, int status, Request request) {
        boolean json = request != null && Negotiation.prefersJson(request.header("Accept"));
        if (debug && request != null && status == 404) {
            UrlResolver tried = error instanceof Resolver404 r404 ? r404.resolver() : urls;
            return json ? problem(status, error.getMessage(), requestId(request)) : DebugNotFoundPage.render(request, error, tried);
        }
        if (debug && status == 500) {
            return json ? problem(status, error.toString(), requestId(request)) : DebugErrorPage.render(request, error, settings);
        }
        ErrorHandler handler = request == null ? null : handlers.get(status);
        if (handler != null) {
            try {
                Response custom = handler.handle(request, error);
                if (custom != null) {
                    return custom;
                }
                REQUEST_LOG.error("The handler{} for {} returned null; sent the built-in page", status, request.path());
            } catch (Exception | LinkageError e) {
                REQUEST_LOG.error("The handler{} for {} failed; sent the built-in page", status, request.path(), e);
            }
        }
        String detail = debug ? error.getMessage() : null;
        String id = requestId(request);
        return json ? problem(status, detail, id) : page(status, detail, id);
    }

    /** The id {@link RequestIdMiddleware} gave {@code request}; null without a request or before it ran. */
    private static String requestId(Request request) {
        return request == null ? null : RequestIdMiddleware.id(request);
    }

    private static Response problem(int status, String detail, String requestId) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", ReasonPhrases.of(status));
        problem.put("status", status);
        if (detail != null) {
            problem.put("detail", detail);
        }
        if (requestId != null) {
            problem.put("requestId", requestId);
        }
        return new JsonResponse(status, problem).header("Content-Type", "application/problem+json");
    }

    private static Response page(int status, String detail, String requestId) {
        StringBuilder html = new StringBuilder(256)
                .append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(status).append(' ').append(ReasonPhrases.of(status))
                .append("</title></head>\n<body><h1>").append(ReasonPhrases.of(status)).append("</h1>\n");
        if (detail != null) {
            html.append("<p>").append(Html.escape(detail)).append("</p>\n");
        }
        if (requestId != null) {
            html.append("<p>Request id: <code>").append(Html.escape(requestId)).append("</code></p>\n");
        }
        html.append("</body></html>\n");
        return Response.html(html.toString()).status(status);
    }
}
