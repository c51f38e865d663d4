package dev.jango.management.commands;

import dev.jango.views.MethodView;
import dev.jango.views.View;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What {@code routes} can tell about a view without calling it: its class, the methods it serves and the
 * metadata decorators put on it.
 *
 * <p>A lambda or method reference is a hidden class named after the class that wrote it, so it shows as
 * {@code PollsApp (lambda)}: name your views as classes ({@link MethodView} subclasses) for a precise column.
 */
final class ViewDescriptions {

    /**
     * The metadata key of the HTTP methods a view serves, as a collection of strings: Jango's
     * {@link MethodView}s are read directly; a decorator of your own may publish its methods under this key.
     */
    static final String ALLOWED_METHODS = "allowedMethods";

    private ViewDescriptions() {}

    /** {@code dev.jango.auth.LoginView}, {@code dev.jango.examples.polls.PollsApp (lambda)}, {@code decorated view}. */
    static String describe(View view) {
        Class<?> type = view.getClass();
        String name = type.getName();
        int lambda = name.indexOf("$$Lambda");
        if (lambda >= 0) {
            return name.substring(0, lambda) + " (lambda)";
        }
        if (name.equals("dev.jango.views.DecoratedView")) {
            return "decorated view";
        }
        if (type.isAnonymousClass()) {
            return name.replaceFirst("\\$\\d+$", "") + " (anonymous)";
        }
        return name;
    }

    /** The methods the view serves, when it says (a {@link MethodView}, or {@value #ALLOWED_METHODS} metadata); else empty. */
    static List<String> methods(View view) {
        if (view instanceof MethodView methodView) {
            return methodView.allowedMethods();
        }
        if (view.meta().get(ALLOWED_METHODS) instanceof Collection<?> methods) {
            return methods.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    /** The names of the metadata decorators set to something other than false, sorted. */
    static List<String> decorations(View view) {
        TreeSet<String> names = new TreeSet<>();
        for (Map.Entry<String, Object> entry : view.meta().entrySet()) {
            if (!entry.getKey().equals(ALLOWED_METHODS) && !Boolean.FALSE.equals(entry.getValue())) {
                names.add(entry.getKey());
            }
        }
        return List.copyOf(names);
    }
}
