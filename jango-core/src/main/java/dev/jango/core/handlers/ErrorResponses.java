package dev.jango.core.handlers;

import dev.jango.core.exceptions.HttpError;
import dev.jango.core.exceptions.SuspiciousOperation;
import dev.jango.http.Request;
import dev.jango.http.Response;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns an exception into the response for it, and logs it.
 *
 * <p>{@link HttpError}s answer with their status; anything else is a 500. Logging follows Django:
 * {@code dev.jango.request} at WARN for 4xx and at ERROR, with the stack trace, for 5xx; suspicious
 * operations also on {@code dev.jango.security.<ExceptionName>}. With {@code debug} off the page says
 * only what the status means; with it on, it shows the message and, for a 500, the stack trace.
 */
final class ErrorResponses {

    static final Logger REQUEST_LOG = LoggerFactory.getLogger("dev.jango.request");

    private final boolean debug;

    ErrorResponses(boolean debug) {
        this.debug = debug;
    }

    /** The response for {@code error}, raised while handling {@code request} (null if it could not be made). */
    Response forException(Throwable error, Request request) {
        String where = request == null ? "(unparsable request)" : request.path();
        if (error instanceof HttpError http) {
            int status = http.status();
            if (error instanceof SuspiciousOperation) {
                LoggerFactory.getLogger("dev.jango.security." + error.getClass().getSimpleName())
                        .error("{}: {}", where, error.getMessage());
            }
            if (status >= 500) {
                REQUEST_LOG.error("{}: {}", reason(status), where, error);
            } else {
                REQUEST_LOG.warn("{}: {} ({})", reason(status), where, error.getMessage());
            }
            return page(status, debug ? error.getMessage() : null, null);
        }
        REQUEST_LOG.error("Internal Server Error: {}", where, error);
        return page(500, debug ? error.toString() : null, debug ? stackTrace(error) : null);
    }

    private static Response page(int status, String detail, String trace) {
        StringBuilder html = new StringBuilder(256)
                .append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(status).append(' ').append(reason(status))
                .append("</title></head>\n<body><h1>").append(reason(status)).append("</h1>\n");
        if (detail != null) {
            html.append("<p>").append(Html.escape(detail)).append("</p>\n");
        }
        if (trace != null) {
            html.append("<pre>").append(Html.escape(trace)).append("</pre>\n");
        }
        html.append("</body></html>\n");
        return Response.html(html.toString()).status(status);
    }

    private static String stackTrace(Throwable error) {
        StringWriter out = new StringWriter();
        error.printStackTrace(new PrintWriter(out));
        return out.toString();
    }

    /** The standard reason phrase for {@code status}. */
    static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 409 -> "Conflict";
            case 410 -> "Gone";
            case 412 -> "Precondition Failed";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 429 -> "Too Many Requests";
            case 431 -> "Request Header Fields Too Large";
            case 500 -> "Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            default -> status >= 500 ? "Server Error" : "Error";
        };
    }
}
