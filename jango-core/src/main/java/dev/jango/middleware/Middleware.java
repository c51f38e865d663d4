package dev.jango.middleware;

import dev.jango.core.handlers.Handler;

/**
 * A layer of the onion around the view: given the next handler, return a handler that wraps it.
 *
 * <p>{@link #wrap} runs once, at start-up. The returned handler runs per request: code before
 * {@code next.handle(request)} is the request phase (outer layers first), code after it the response phase
 * (inner layers first). Returning without calling {@code next} answers early: inner layers, URL resolution
 * and the view do not run, outer layers still see the response. {@code next} never throws for an error in
 * an inner layer or the view; it returns the error's response.
 *
 * <pre>{@code
 * Middleware poweredBy = next -> request -> next.handle(request).header("X-Powered-By", "Jango");
 * }</pre>
 */
@FunctionalInterface
public interface Middleware {

    /** Return the handler that runs this layer around {@code next}. */
    Handler wrap(Handler next);

    /**
     * The default stack, outermost first, mirroring a new Django project's: request ids and the access log,
     * {@link SecurityMiddleware}, {@code SessionMiddleware} (signed-cookie sessions), {@link CommonMiddleware},
     * {@link CsrfViewMiddleware}, {@code MessageMiddleware}, {@link XFrameOptionsMiddleware}, each with Django's
     * defaults. Add your own layers after these:
     * {@code Settings.builder().middleware(Middleware.defaults()).middleware(mine)}.
     */
    static java.util.List<Middleware> defaults() {
        return java.util.List.of(new RequestIdMiddleware(), new SecurityMiddleware(),
                new dev.jango.sessions.SessionMiddleware(), new CommonMiddleware(), new CsrfViewMiddleware(),
                new dev.jango.messages.MessageMiddleware(), new XFrameOptionsMiddleware());
    }

    /**
     * The default stack with authentication: {@link #defaults()} plus {@code AuthenticationMiddleware} over
     * {@code users} right after CSRF, where Django's new projects have it.
     */
    static java.util.List<Middleware> defaults(dev.jango.auth.UserStore users) {
        java.util.List<Middleware> stack = new java.util.ArrayList<>(defaults());
        stack.add(5, dev.jango.auth.AuthenticationMiddleware.builder().users(users).build());
        return java.util.List.copyOf(stack);
    }
}
