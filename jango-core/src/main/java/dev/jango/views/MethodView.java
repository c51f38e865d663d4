package dev.jango.views;

import dev.jango.http.Request;
import dev.jango.http.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A class-based view that dispatches on the request method, like Django's {@code View}.
 *
 * <p>Override the methods you serve: {@link #get}, {@link #post}, {@link #put}, {@link #patch},
 * {@link #delete}. HEAD runs {@code get} (the body is dropped, the headers kept); OPTIONS answers 200 with
 * {@code Allow}; any other method answers 405 with {@code Allow} ({@link Views#notAllowed}, Django's
 * {@code http_method_not_allowed}: a response, never an exception, so exception middleware does not see it). Which methods a class serves is worked out
 * once, when the view is made, and published as the view's metadata {@link Views#ALLOWED_METHODS}.
 *
 * <pre>{@code
 * final class QuestionView extends MethodView {
 *     @Override
 *     protected Response get(Request request, Kwargs kwargs) { ... }
 * }
 * path("questions/<int:id>/", new QuestionView(), "question")
 * }</pre>
 */
public abstract class MethodView implements View {

    private static final List<String> DISPATCHED = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

    private final List<String> allowed;
    private final Map<String, Object> meta;

    protected MethodView() {
        List<String> methods = new ArrayList<>();
        for (String method : DISPATCHED) {
            if (overrides(method.toLowerCase(java.util.Locale.ROOT))) {
                methods.add(method);
            }
        }
        if (methods.contains("GET")) {
            methods.add("HEAD"); // in Django's order: its http_method_names, where head follows delete
        }
        methods.add("OPTIONS");
        this.allowed = List.copyOf(methods);
        this.meta = Map.of(Views.ALLOWED_METHODS, allowed);
    }

    private boolean overrides(String name) {
        try {
            return getClass().getDeclaredMethod(name, Request.class, Kwargs.class) != null;
        } catch (NoSuchMethodException e) {
            Class<?> type = getClass().getSuperclass();
            while (type != null && type != MethodView.class) {
                try {
                    type.getDeclaredMethod(name, Request.class, Kwargs.class);
                    return true;
                } catch (NoSuchMethodException ignored) {
                    type = type.getSuperclass();
                }
            }
            return false;
        }
    }

    /** The methods this view answers, for {@code Allow}. */
    public final List<String> allowedMethods() {
        return allowed;
    }

    /**
     * The view's metadata: {@link Views#ALLOWED_METHODS} set to {@link #allowedMethods()}, so middleware and
     * tools read a class-based view's methods as they read a decorated one's, and decorators applied to it keep
     * them. A subclass that adds metadata should start from {@code super.meta()}.
     */
    @Override
    public Map<String, Object> meta() {
        return meta;
    }

    @Override
    public final Response handle(Request request, Kwargs kwargs) throws Exception {
        String method = request.method();
        if (!allowed.contains(method)) {
            return Views.notAllowed(request, allowed);
        }
        return switch (method) {
            case "GET", "HEAD" -> get(request, kwargs);
            case "POST" -> post(request, kwargs);
            case "PUT" -> put(request, kwargs);
            case "PATCH" -> patch(request, kwargs);
            case "DELETE" -> delete(request, kwargs);
            default -> options(request, kwargs);
        };
    }

    /** Answer GET (and HEAD). */
    protected Response get(Request request, Kwargs kwargs) throws Exception {
        return Views.notAllowed(request, allowed);
    }

    /** Answer POST. */
    protected Response post(Request request, Kwargs kwargs) throws Exception {
        return Views.notAllowed(request, allowed);
    }

    /** Answer PUT. */
    protected Response put(Request request, Kwargs kwargs) throws Exception {
        return Views.notAllowed(request, allowed);
    }

    /** Answer PATCH. */
    protected Response patch(Request request, Kwargs kwargs) throws Exception {
        return Views.notAllowed(request, allowed);
    }

    /** Answer DELETE. */
    protected Response delete(Request request, Kwargs kwargs) throws Exception {
        return Views.notAllowed(request, allowed);
    }

    /** Answer OPTIONS: 200, empty, with {@code Allow}. */
    protected Response options(Request request, Kwargs kwargs) throws Exception {
        return Response.empty(200).header("Allow", String.join(", ", allowed));
    }
}
