package dev.jango.shortcuts;

import dev.jango.core.exceptions.Http404;
import dev.jango.http.Redirect;
import dev.jango.http.Request;
import dev.jango.http.Response;
import dev.jango.template.Templates;
import dev.jango.urls.NoReverseMatch;
import dev.jango.urls.Urls;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Shortcuts for views, like Django's {@code django.shortcuts}.
 *
 * <pre>{@code
 * static Response detail(Request request, Kwargs kwargs) {
 *     Question question = Shortcuts.getOr404(questions.find(kwargs.getInt("id")));
 *     return Shortcuts.render(request, "polls/detail.html", Map.of("question", question));
 * }
 *
 * static Response vote(Request request, Kwargs kwargs) {
 *     ...
 *     return Shortcuts.redirect("polls:results", question.id());
 * }
 * }</pre>
 */
public final class Shortcuts {

    private Shortcuts() {}

    /**
     * The URL {@code to} stands for, like Django's {@code resolve_url}: an object's own URL when it is a
     * {@link HasAbsoluteUrl}; a relative URL starting with {@code ./} or {@code ../} as it is; else the path of the
     * route named {@code to} with {@code args} ({@code Urls.reverse}); failing that, {@code to} itself when it holds
     * a {@code /} or a {@code .} (a URL).
     *
     * @throws NoReverseMatch when {@code to} names no route and does not look like a URL
     * @throws IllegalArgumentException when {@code to} is neither a String nor a {@link HasAbsoluteUrl}
     */
    public static String resolveUrl(Object to, Object... args) {
        Objects.requireNonNull(to, "to");
        if (to instanceof HasAbsoluteUrl object) {
            return object.absoluteUrl();
        }
        if (!(to instanceof String text)) {
            throw new IllegalArgumentException("redirect() takes a URL, a route name or a HasAbsoluteUrl, not "
                    + to.getClass().getName());
        }
        if (text.startsWith("./") || text.startsWith("../")) {
            return text;
        }
        try {
            return Urls.reverse(text, args);
        } catch (NoReverseMatch e) {
            if (text.indexOf('/') < 0 && text.indexOf('.') < 0) {
                throw e;
            }
            return text;
        }
    }

    /**
     * A 302 redirect to what {@code to} stands for ({@link #resolveUrl}): a route name with its {@code args}
     * ({@code redirect("polls:detail", 3)}), a URL ({@code redirect("/polls/")}) or a {@link HasAbsoluteUrl}.
     *
     * @throws NoReverseMatch when {@code to} names no route and does not look like a URL
     */
    public static Response redirect(Object to, Object... args) {
        return Redirect.to(resolveUrl(to, args));
    }

    /** A 302 redirect to the route named {@code viewName} with its values by name. */
    public static Response redirect(String viewName, Map<String, ?> kwargs) {
        return Redirect.to(Urls.reverse(viewName, kwargs));
    }

    /** Like {@link #redirect(Object, Object...)}, permanent: 301, as Django's {@code redirect(..., permanent=True)}. */
    public static Response redirectPermanent(Object to, Object... args) {
        return Redirect.permanent(resolveUrl(to, args));
    }

    /** A 301 redirect to the route named {@code viewName} with its values by name. */
    public static Response redirectPermanent(String viewName, Map<String, ?> kwargs) {
        return Redirect.permanent(Urls.reverse(viewName, kwargs));
    }

    /**
     * A 200 HTML response with template {@code templateName} rendered now with {@code context} (and the engine's
     * context processors), like Django's {@code render}. For a response that template-response middleware may
     * still change, return {@code Templates.render(...)} (a {@code TemplateResponse}) instead.
     *
     * @throws dev.jango.core.exceptions.ImproperlyConfigured when the application has no template engine
     */
    public static Response render(Request request, String templateName, Map<String, ?> context) {
        return render(request, templateName, context, 200, null);
    }

    /**
     * Like {@link #render(Request, String, Map)}, with {@code status} and {@code contentType} (the default,
     * {@code text/html; charset=utf-8}, when null).
     */
    public static Response render(Request request, String templateName, Map<String, ?> context, int status,
                                  String contentType) {
        String text = Templates.renderToString(request, templateName, context);
        return new Response(status, text.getBytes(StandardCharsets.UTF_8),
                contentType == null ? Response.DEFAULT_CONTENT_TYPE : contentType);
    }

    /**
     * The value, or a 404 when there is none, like Django's {@code get_object_or_404}.
     *
     * <pre>{@code
     * Question question = Shortcuts.getOr404(questions.findById(kwargs.getInt("id")));
     * }</pre>
     *
     * @throws Http404 when {@code value} is empty
     */
    public static <T> T getOr404(Optional<T> value) {
        return getOr404(value, "No object matches the given query.");
    }

    /** Like {@link #getOr404(Optional)}, with the 404's message (shown on the debug page and logged). */
    public static <T> T getOr404(Optional<T> value, String message) {
        return value.orElseThrow(() -> new Http404(message));
    }

    /**
     * The list, or a 404 when it is empty, like Django's {@code get_list_or_404}.
     *
     * @throws Http404 when {@code list} is empty
     */
    public static <T> List<T> getListOr404(List<T> list) {
        if (list.isEmpty()) {
            throw new Http404("No object matches the given query.");
        }
        return list;
    }
}
