package dev.jango.apps;

import dev.jango.middleware.Middleware;
import dev.jango.template.ContextProcessor;
import java.util.List;

/**
 * An app Jango can install by its label, like an entry of Django's {@code INSTALLED_APPS} and its
 * {@code AppConfig}: what it adds to a middleware stack and to templates.
 *
 * <p>Apps are found by {@link Apps#get} through {@link java.util.ServiceLoader} (declare yours with
 * {@code provides dev.jango.apps.AppConfig with ...} in {@code module-info.java} and in
 * {@code META-INF/services/dev.jango.apps.AppConfig}), so the code that assembles an application names an app by
 * its label and never imports it: that is how the default middleware stack includes sessions and messages while
 * the core stays below the contrib apps. An app may also be made in code with arguments (for example
 * {@code Auth.app(users)}) and installed directly.
 */
public interface AppConfig {

    /** The app's short name, unique among installed apps: {@code sessions}, {@code auth}. */
    String label();

    /** The layer this app puts in a middleware stack it is installed in, or null for none. */
    default Middleware middleware() {
        return null;
    }

    /**
     * The classes of the layers the app's layer goes right after (inside), in order of preference: the first one the
     * stack holds wins; when it holds none of them, the layer goes innermost.
     */
    default List<Class<? extends Middleware>> middlewareAfter() {
        return List.of();
    }

    /** The context processors this app offers templates (Django's context processors of the app). */
    default List<ContextProcessor> contextProcessors() {
        return List.of();
    }
}
