package dev.jango;

import dev.jango.apps.AppConfig;
import dev.jango.apps.Apps;
import dev.jango.core.exceptions.ImproperlyConfigured;
import dev.jango.middleware.CommonMiddleware;
import dev.jango.middleware.CsrfViewMiddleware;
import dev.jango.middleware.Middleware;
import dev.jango.middleware.RequestIdMiddleware;
import dev.jango.middleware.SecurityMiddleware;
import dev.jango.middleware.XFrameOptionsMiddleware;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A middleware list edited by naming layers by their class, never by position: Django's {@code MIDDLEWARE} setting
 * as code.
 *
 * <pre>{@code
 * Jango.builder().middleware(MiddlewareStack.defaults()
 *         .install(Auth.app(users))                                      // right after CSRF, as in Django
 *         .replace(CsrfViewMiddleware.class, CsrfViewMiddleware.builder().trustedOrigins("https://example.com").build())
 *         .after(CommonMiddleware.class, new GZipMiddleware())
 *         .without(XFrameOptionsMiddleware.class)
 *         .toList());
 * }</pre>
 *
 * <p>Apps ({@link AppConfig}) put their own layer where they say it belongs ({@link #install}); the defaults name the
 * contrib apps by label ({@code sessions}, {@code messages}), so this class imports none of them. Naming a class the
 * stack does not hold fails with {@link ImproperlyConfigured} listing what it holds. Not
 * thread-safe; {@link #toList()} gives an immutable copy.
 */
public final class MiddlewareStack {

    private final List<Middleware> layers = new ArrayList<>();

    private MiddlewareStack() {}

    /** An empty stack. */
    public static MiddlewareStack empty() {
        return new MiddlewareStack();
    }

    /**
     * The stack a new Django project has, outermost first: {@link RequestIdMiddleware} (request ids and the access
     * log), {@link SecurityMiddleware}, the {@code sessions} app's {@code SessionMiddleware} (signed-cookie
     * sessions), {@link CommonMiddleware}, {@link CsrfViewMiddleware}, the {@code messages} app's
     * {@code MessageMiddleware}, {@link XFrameOptionsMiddleware}, each with Django's defaults.
     */
    public static MiddlewareStack defaults() {
        return empty().append(new RequestIdMiddleware(), new SecurityMiddleware(), new CommonMiddleware(),
                        new CsrfViewMiddleware(), new XFrameOptionsMiddleware())
                .install("sessions").install("messages");
    }

    /** {@link #install(AppConfig)} the app labelled {@code label} ({@link Apps#get}). */
    public MiddlewareStack install(String label) {
        return install(Apps.get(label));
    }

    /**
     * Put {@code app}'s layer right after the first of its {@link AppConfig#middlewareAfter()} classes the stack
     * holds, or innermost when it holds none; an app without a layer changes nothing.
     */
    public MiddlewareStack install(AppConfig app) {
        Middleware layer = app.middleware();
        if (layer == null) {
            return this;
        }
        for (Class<? extends Middleware> anchor : app.middlewareAfter()) {
            if (contains(anchor)) {
                return after(anchor, layer);
            }
        }
        return append(layer);
    }

    /** Add {@code added} innermost, in order. */
    public MiddlewareStack append(Middleware... added) {
        for (Middleware layer : added) {
            layers.add(Objects.requireNonNull(layer, "middleware must not be null"));
        }
        return this;
    }

    /** Put {@code layer} just inside (after) the layer of class {@code type}. */
    public MiddlewareStack after(Class<? extends Middleware> type, Middleware layer) {
        layers.add(find(type) + 1, Objects.requireNonNull(layer, "layer"));
        return this;
    }

    /** Put {@code layer} just outside (before) the layer of class {@code type}. */
    public MiddlewareStack before(Class<? extends Middleware> type, Middleware layer) {
        layers.add(find(type), Objects.requireNonNull(layer, "layer"));
        return this;
    }

    /** Put {@code layer} where the layer of class {@code type} is (to configure a default one differently). */
    public MiddlewareStack replace(Class<? extends Middleware> type, Middleware layer) {
        layers.set(find(type), Objects.requireNonNull(layer, "layer"));
        return this;
    }

    /** Leave out the layer of class {@code type}. */
    public MiddlewareStack without(Class<? extends Middleware> type) {
        layers.remove(find(type));
        return this;
    }

    /** True when a layer of class {@code type} is in the stack. */
    public boolean contains(Class<? extends Middleware> type) {
        return layers.stream().anyMatch(type::isInstance);
    }

    /** The layers, outermost first. */
    public List<Middleware> toList() {
        return List.copyOf(layers);
    }

    private int find(Class<? extends Middleware> type) {
        for (int i = 0; i < layers.size(); i++) {
            if (type.isInstance(layers.get(i))) {
                return i;
            }
        }
        throw new ImproperlyConfigured("The middleware stack has no " + type.getSimpleName() + "; it holds "
                + layers.stream().map(layer -> layer.getClass().getSimpleName()).toList());
    }
}
