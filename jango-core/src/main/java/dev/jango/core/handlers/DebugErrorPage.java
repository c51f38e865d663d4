package dev.jango.core.handlers;

import dev.jango.conf.Settings;
import dev.jango.http.QueryDict;
import dev.jango.http.Request;
import dev.jango.http.Response;
import dev.jango.template.TemplateError;
import java.util.List;
import java.util.Map;

/**
 * The 500 page shown with debug on: the exception chain with its stack frames, the request, and the
 * settings, with secret-looking values masked and everything HTML-escaped.
 */
final class DebugErrorPage {

    private DebugErrorPage() {}

    static Response render(Request request, Throwable error, Settings settings) {
        String where = request == null ? "(unparsable request)" : request.path();
        DebugPage page = new DebugPage(error.getClass().getSimpleName() + " at " + where);
        page.raw("<header>").heading("h1", error.getClass().getName() + " at " + where)
                .raw("<pre>").text(String.valueOf(error.getMessage())).raw("</pre></header>\n");
        templateSection(page, error);
        page.raw("<section>").heading("h2", "Traceback");
        Throwable current = error;
        int depth = 0;
        while (current != null && depth++ < 10) {
            if (current != error) {
                page.raw("<p>Caused by:</p>");
            }
            page.raw("<p><b>").text(current.getClass().getName()).raw("</b>: ")
                    .text(String.valueOf(current.getMessage())).raw("</p>\n");
            for (StackTraceElement frame : current.getStackTrace()) {
                boolean framework = frame.getClassName().startsWith("dev.jango.") || frame.getClassName().startsWith("java.")
                        || frame.getClassName().startsWith("jdk.") || frame.getClassName().startsWith("org.eclipse.jetty.");
                page.raw(framework ? "<div class=\"frame\">" : "<div class=\"frame app\">").text("at " + frame)
                        .raw("</div>\n");
            }
            current = current.getCause() == current ? null : current.getCause();
        }
        page.raw("</section>\n");
        if (request != null) {
            requestSection(page, request);
        }
        page.raw("<section>").heading("h2", "Settings").raw("<table>\n");
        for (Map.Entry<String, String> setting : settings.asMap().entrySet()) {
            page.row(setting.getKey(), DebugPage.cleanse(setting.getKey(), setting.getValue()));
        }
        page.raw("</table></section>\n");
        return Response.html(page.finish("You're seeing this error because debug is on. Turn it off in "
                + "production to show a standard 500 page.")).status(500);
    }

    /** Django's "Template error" box: the template, the line, and the source around it. */
    private static void templateSection(DebugPage page, Throwable error) {
        Throwable current = error;
        for (int depth = 0; current != null && depth < 10; depth++, current = current.getCause()) {
            if (current instanceof TemplateError template) {
                page.raw("<section class=\"template\">").heading("h2", "Template error")
                        .raw("<p>In template <code>").text(template.templateName()).raw("</code>, error at line ")
                        .text(Integer.toString(template.line())).raw("</p>\n<pre>").text(template.getMessage())
                        .raw("</pre>\n<table>\n");
                List<String> source = template.source();
                int from = Math.max(1, template.line() - 5);
                int to = Math.min(source.size(), template.line() + 5);
                for (int line = from; line <= to; line++) {
                    page.raw(line == template.line() ? "<tr class=\"error\"><th>" : "<tr><th>")
                            .text(Integer.toString(line)).raw("</th><td><pre>").text(source.get(line - 1))
                            .raw("</pre></td></tr>\n");
                }
                page.raw("</table></section>\n");
                return;
            }
        }
    }

    private static void requestSection(DebugPage page, Request request) {
        page.raw("<section>").heading("h2", "Request information").raw("<table>\n")
                .row("Method", request.method())
                .row("Path", request.path())
                .row("Full path", request.fullPath())
                .row("Client", request.remoteAddress().getHostString())
                .raw("</table>\n").heading("h3", "Headers").raw("<table>\n");
        request.headers().forEach((name, value) -> page.row(name, DebugPage.cleanse(name, value)));
        page.raw("</table>\n").heading("h3", "GET").raw("<table>\n");
        dict(page, request.query());
        page.raw("</table>\n").heading("h3", "POST").raw("<table>\n");
        dict(page, form(request));
        page.raw("</table>\n").heading("h3", "Cookies").raw("<table>\n");
        String cookieHeader = request.header("Cookie");
        if (cookieHeader != null) {
            for (String pair : cookieHeader.split(";")) {
                int eq = pair.indexOf('=');
                String name = (eq < 0 ? pair : pair.substring(0, eq)).strip();
                page.row(name, DebugPage.MASK); // cookie values carry sessions and tokens: names only
            }
        }
        page.raw("</table></section>\n");
    }

    private static void dict(DebugPage page, QueryDict dict) {
        dict.asMap().forEach((name, values) -> page.row(name, values.stream()
                .map(v -> DebugPage.cleanse(name, v)).toList()));
    }

    /** The urlencoded form, when the body is one and can still be read; empty otherwise. */
    private static QueryDict form(Request request) {
        String type = request.header("Content-Type");
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            return QueryDict.empty();
        }
        try {
            return QueryDict.parse(request.bodyText());
        } catch (RuntimeException unreadable) {
            return QueryDict.empty();
        }
    }
}
