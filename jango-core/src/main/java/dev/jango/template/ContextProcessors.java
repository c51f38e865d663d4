package dev.jango.template;

import dev.jango.auth.AnonymousUser;
import dev.jango.auth.User;
import dev.jango.core.exceptions.ImproperlyConfigured;
import dev.jango.http.Request;
import dev.jango.messages.Message;
import dev.jango.middleware.ContentSecurityPolicyMiddleware;
import dev.jango.middleware.Csrf;
import dev.jango.messages.Messages;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The built-in context processors, like Django's {@code django.template.context_processors}. */
public final class ContextProcessors {

    private ContextProcessors() {}

    /** {@code request}: the request being answered. */
    public static ContextProcessor request() {
        return request -> Map.of("request", request);
    }

    /** {@code debug}: whether the settings' debug flag is on. */
    public static ContextProcessor debug() {
        return request -> Map.of("debug", request.settings().debug());
    }

    /**
     * {@code user} (the anonymous user when authentication is not installed) and {@code perms}, a map-like view
     * answering {@code perms['polls.add_question']} with whether the user holds it.
     */
    public static ContextProcessor auth() {
        return request -> {
            User user = userOf(request);
            Map<String, Object> context = new HashMap<>(2);
            context.put("user", user);
            context.put("perms", new Permissions(user));
            return context;
        };
    }

    /**
     * {@code messages}: the user's one-shot messages (reading them in a template marks them shown), and
     * {@code DEFAULT_MESSAGE_LEVELS}; no messages when {@code MessageMiddleware} is not installed.
     */
    public static ContextProcessor messages() {
        return request -> {
            Map<String, Object> context = new HashMap<>(2);
            context.put("messages", new LazyMessages(request));
            context.put("DEFAULT_MESSAGE_LEVELS", Message.LEVELS);
            return context;
        };
    }

    /**
     * {@code csrf_token}: this request's masked CSRF token (for {@code {% csrf_token %}}), made only when a
     * template uses it; absent when {@code CsrfViewMiddleware} is not installed.
     */
    public static ContextProcessor csrf() {
        return request -> Csrf.isInstalled(request) ? Map.of("csrf_token", new Lazy(() -> Csrf.token(request)))
                : Map.of();
    }

    /**
     * {@code csp_nonce}: this request's Content-Security-Policy nonce, for {@code <script nonce="{{ csp_nonce }}">};
     * made (and added to the header) only when a template uses it.
     */
    public static ContextProcessor cspNonce() {
        return request -> Map.of("csp_nonce", new Lazy(() -> ContentSecurityPolicyMiddleware.nonce(request)));
    }

    /** The processors a new Django project enables: csrf, debug, request, auth, messages, and the CSP nonce. */
    public static List<ContextProcessor> defaults() {
        return List.of(csrf(), debug(), request(), auth(), messages(), cspNonce());
    }

    /** Text computed only when a template renders it (a token, a nonce), then kept. */
    private static final class Lazy implements CharSequence {
        private final java.util.function.Supplier<String> supplier;
        private String token;

        Lazy(java.util.function.Supplier<String> supplier) {
            this.supplier = supplier;
        }

        @Override
        public String toString() {
            if (token == null) {
                token = supplier.get();
            }
            return token;
        }

        @Override
        public int length() {
            return toString().length();
        }

        @Override
        public char charAt(int index) {
            return toString().charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return toString().subSequence(start, end);
        }
    }

    /** Messages read only when a template iterates them, so pages that never show messages keep them. */
    private static final class LazyMessages extends java.util.AbstractList<Message> {
        private final Request request;
        private List<Message> messages;

        LazyMessages(Request request) {
            this.request = request;
        }

        private List<Message> messages() {
            if (messages == null) {
                try {
                    messages = Messages.get(request);
                } catch (ImproperlyConfigured notInstalled) {
                    messages = List.of();
                }
            }
            return messages;
        }

        @Override
        public Message get(int index) {
            return messages().get(index);
        }

        @Override
        public int size() {
            return messages().size();
        }
    }

    private static User userOf(Request request) {
        try {
            return request.user();
        } catch (ImproperlyConfigured notInstalled) {
            return AnonymousUser.INSTANCE;
        }
    }

    /** {@code perms["app.codename"]} in templates. */
    private static final class Permissions extends java.util.AbstractMap<String, Boolean> {
        private final User user;

        Permissions(User user) {
            this.user = user;
        }

        @Override
        public Boolean get(Object permission) {
            return permission instanceof String name && user.hasPerm(name);
        }

        @Override
        public boolean containsKey(Object permission) {
            return permission instanceof String;
        }

        @Override
        public boolean isEmpty() {
            return false; // every name answers, granted or not
        }

        /** The permissions granted explicitly (a superuser holds more than these). */
        @Override
        public java.util.Set<Entry<String, Boolean>> entrySet() {
            java.util.Set<Entry<String, Boolean>> entries = new java.util.HashSet<>();
            user.permissions().forEach(p -> entries.add(Map.entry(p, user.hasPerm(p))));
            return entries;
        }
    }
}
