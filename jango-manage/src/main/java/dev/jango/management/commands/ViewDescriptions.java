package dev.jango.management.commands;

import dev.jango.views.MethodView;
import dev.jango.views.View;
import dev.jango.views.Views;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What {@code routes} can tell about a view without calling it: its name or the class of the view under its
 * decorators, the methods it serves and the metadata decorators put on it.
 *
 * <p>A lambda or method reference is a hidden class named after the class that wrote it, so it shows as
 * {@code PollsApp (lambda)} unless it is named with {@link Views#named}; {@link MethodView} subclasses show
 * their class.
 */
final class ViewDescriptions {

    /** Metadata that describes the view rather than a decorator, so it is not listed as a decoration. */
    private static final Set<String> DESCRIPTIVE = Set.of(Views.ALLOWED_METHODS, Views.QUALIFIED_NAME);

    private ViewDescriptions() {}

    /**
     * The view's {@link Views#named name}, else the class of the innermost view under its decorators:
     * {@code polls.views.detail}, {@code dev.jango.contrib.auth.LoginView}, {@code com.example.polls.PollsApp
     * (lambda)}, {@code com.example.Views (anonymous)}.
     */
    static String describe(View view) {
        if (view.meta().get(Views.QUALIFIED_NAME) instanceof String name) {
            return name;
        }
        Class<?> type = Views.unwrap(view).getClass();
        String name = type.getName();
        int lambda = name.indexOf("$$Lambda");
        if (lambda >= 0) {
            return name.substring(0, lambda) + " (lambda)";
        }
        if (type.isAnonymousClass()) {
            return name.replaceFirst("\\$\\d+$", "") + " (anonymous)";
        }
        return name;
    }

    /**
     * The methods the view serves, when it says ({@link Views#ALLOWED_METHODS} metadata, set by Jango's method
     * decorators, by {@link MethodView}s and by decorators of the app's own; or a {@link MethodView} under the
     * decorators); else null. Empty when its decorators let no method through.
     */
    static List<String> methods(View view) {
        if (view.meta().get(Views.ALLOWED_METHODS) instanceof Collection<?> methods) {
            return methods.stream().map(String::valueOf).toList();
        }
        if (Views.unwrap(view) instanceof MethodView methodView) {
            return methodView.allowedMethods();
        }
        return null;
    }

    /** The names of the metadata decorators set to something other than false, sorted. */
    static List<String> decorations(View view) {
        TreeSet<String> names = new TreeSet<>();
        for (Map.Entry<String, Object> entry : view.meta().entrySet()) {
            if (!DESCRIPTIVE.contains(entry.getKey()) && !Boolean.FALSE.equals(entry.getValue())) {
                names.add(entry.getKey());
            }
        }
        return List.copyOf(names);
    }
}
