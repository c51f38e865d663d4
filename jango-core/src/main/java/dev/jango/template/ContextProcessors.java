package dev.jango.template;

import dev.jango.auth.AnonymousUser;
import dev.jango.auth.User;
import dev.jango.core.exceptions.ImproperlyConfigured;
import dev.jango.http.Request;
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

    /** The processors a new Django project enables: request, debug, auth. */
    public static List<ContextProcessor> defaults() {
        return List.of(debug(), request(), auth());
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
