package dev.jango.views;

import dev.jango.http.Request;
import dev.jango.http.Response;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * View decorators, like Django's {@code django.views.decorators}: each returns a new view that keeps the
 * wrapped view's metadata, so middleware still sees it through {@code ResolverMatch.meta}, and remembers the
 * view it wraps ({@link #unwrap}).
 */
public final class Views {

    /**
     * Metadata key of the HTTP methods a view serves, an unmodifiable {@code List<String>} in the order they were
     * given: set by {@link #requireMethods} (and {@link #requireGet}, {@link #requirePost}, {@link #requireSafe})
     * and by every {@link MethodView}; absent when the view does not say. Read it with
     * {@code match.meta(Views.ALLOWED_METHODS)}; a decorator of your own may publish its methods here too.
     */
    public static final String ALLOWED_METHODS = "allowedMethods";

    /** Metadata key of the name {@link #named} gives a view, a {@code String}. */
    public static final String QUALIFIED_NAME = "qualifiedName";

    private static final Logger REQUEST_LOG = LoggerFactory.getLogger("dev.jango.request");

    private Views() {}

    /**
     * Return 405 Method Not Allowed for {@code request}, as Django's {@code HttpResponseNotAllowed}: an empty body and
     * {@code Allow} listing {@code allowed}, logged at WARN on {@code dev.jango.request}. It is an ordinary response,
     * so exception middleware never sees it; what {@link MethodView} and {@link #requireMethods} answer.
     */
    public static Response notAllowed(Request request, List<String> allowed) {
        REQUEST_LOG.warn("Method Not Allowed ({}): {}", request.method(), request.path());
        return Response.empty(405).header("Allow", String.join(", ", allowed));
    }

    /** {@code view} with metadata {@code key = value} added, for middleware to read. */
    public static View withMeta(View view, String key, Object value) {
        Objects.requireNonNull(view, "view");
        Map<String, Object> meta = new HashMap<>(view.meta());
        meta.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
        if (view instanceof DecoratedView decorated) {
            return new DecoratedView(decorated.behaviour(), decorated.wrapped(), meta);
        }
        return new DecoratedView(view, view, meta);
    }

    /**
     * A view that runs {@code behaviour} and carries {@code wrapped}'s metadata: how a decorator that calls
     * {@code wrapped} from {@code behaviour} keeps what middleware reads from the view, and lets {@link #unwrap}
     * find {@code wrapped}.
     */
    public static View decorate(View wrapped, View behaviour) {
        Objects.requireNonNull(behaviour, "behaviour");
        Objects.requireNonNull(wrapped, "wrapped");
        return new DecoratedView(behaviour, wrapped, wrapped.meta());
    }

    /**
     * Return the innermost view under {@code view}'s decorators, like Python's {@code inspect.unwrap}: the view
     * the first decorator was applied to, found through every decorator made here, with {@link #decorate} or in
     * {@link Conditions}; {@code view} itself when it is not decorated. A decorator that wraps a view in a lambda
     * of its own, without {@link #decorate}, hides what it wraps.
     */
    public static View unwrap(View view) {
        View current = Objects.requireNonNull(view, "view");
        while (current instanceof DecoratedView decorated) {
            current = decorated.wrapped();
        }
        return current;
    }

    /**
     * {@code view}, named {@code qualifiedName} (metadata {@value #QUALIFIED_NAME}) for tools such as the
     * {@code routes} command: a lambda or method reference only tells the class that wrote it, so
     * {@code Views.named("polls.views.detail", PollsViews::detail)} says which one it is. It behaves as
     * {@code view}; the name is kept by decorators applied later.
     *
     * @throws IllegalArgumentException when {@code qualifiedName} is blank
     */
    public static View named(String qualifiedName, View view) {
        if (Objects.requireNonNull(qualifiedName, "qualifiedName").isBlank()) {
            throw new IllegalArgumentException("A view's name is not blank");
        }
        return withMeta(view, QUALIFIED_NAME, qualifiedName);
    }

    /**
     * {@code view}, answering any method not in {@code methods} with 405 Method Not Allowed ({@link #notAllowed}: a
     * response, not an exception), like Django's {@code require_http_methods}. Methods are matched as given: HEAD
     * is refused unless listed ({@link #requireSafe} lists it).
     *
     * <p>The result publishes the methods it lets through as metadata {@value #ALLOWED_METHODS}: these methods,
     * less those {@code view} itself says it does not serve (when it publishes {@value #ALLOWED_METHODS}), so
     * {@code requirePost(requireGet(view))} says it serves none.
     */
    public static View requireMethods(List<String> methods, View view) {
        Objects.requireNonNull(view, "view");
        List<String> allow = List.copyOf(new LinkedHashSet<>(methods));
        Set<String> allowed = Set.copyOf(allow);
        View behaviour = (request, kwargs) -> allowed.contains(request.method()) ? view.handle(request, kwargs)
                : notAllowed(request, allow);
        List<String> served = allow;
        if (view.meta().get(ALLOWED_METHODS) instanceof Collection<?> inner) {
            served = allow.stream().filter(method -> inner.contains(method)).toList();
        }
        Map<String, Object> meta = new HashMap<>(view.meta());
        meta.put(ALLOWED_METHODS, served);
        return new DecoratedView(behaviour, view, meta);
    }

    /** {@code view}, for GET only (HEAD refused, as Django's {@code require_GET}; see {@link #requireSafe}). */
    public static View requireGet(View view) {
        return requireMethods(List.of("GET"), view);
    }

    /** {@code view}, for POST only. */
    public static View requirePost(View view) {
        return requireMethods(List.of("POST"), view);
    }

    /** {@code view}, for the safe methods GET and HEAD only. */
    public static View requireSafe(View view) {
        return requireMethods(List.of("GET", "HEAD"), view);
    }
}
