package dev.jango.management.commands;

import dev.jango.contrib.auth.AuthenticationMiddleware;
import dev.jango.conf.Settings;
import dev.jango.core.Jango;
import dev.jango.middleware.Middleware;
import dev.jango.contrib.sessions.SessionMiddleware;
import dev.jango.contrib.staticfiles.StaticFiles;
import dev.jango.contrib.staticfiles.StaticFilesMiddleware;
import java.util.ArrayList;
import java.util.List;

/** The checks {@code check} always runs: everything start-up refuses, and middleware order mistakes. */
final class SystemChecks {

    private SystemChecks() {}

    /** The problems with the app's settings, or the one that stopped them from being built. */
    static List<CheckMessage> run(Settings settings) {
        List<CheckMessage> messages = new ArrayList<>();
        try {
            Jango.application(settings);
        } catch (RuntimeException e) {
            messages.add(CheckMessage.error("jango.E001", e.getClass().getSimpleName() + ": " + e.getMessage(), null));
        }
        List<Middleware> stack = settings.middleware();
        int sessions = first(stack, SessionMiddleware.class);
        requireBefore(messages, stack, sessions, AuthenticationMiddleware.class, "jango.E410",
                "AuthenticationMiddleware finds the user through the session");
        if (settings.urls().isEmpty()) {
            messages.add(CheckMessage.warning("urls.W001", "The app has no URL patterns: every request is a 404.",
                    "Add routes with Settings.builder().urls(path(...), ...)."));
        }
        if (settings.component(StaticFiles.class).isPresent() && first(stack, StaticFilesMiddleware.class) < 0) {
            messages.add(CheckMessage.warning("staticfiles.W001", "StaticFiles is registered as a component but no "
                    + "StaticFilesMiddleware serves it.", "Add new StaticFilesMiddleware(statics) to the middleware, "
                    + "or serve the output of collectstatic from a front server."));
        }
        return messages;
    }

    private static void requireBefore(List<CheckMessage> messages, List<Middleware> stack, int sessions,
            Class<? extends Middleware> type, String id, String why) {
        int at = first(stack, type);
        if (at < 0) {
            return;
        }
        if (sessions < 0) {
            messages.add(CheckMessage.error(id, type.getSimpleName() + " is in the middleware without "
                    + "SessionMiddleware: " + why + ".", "Add SessionMiddleware before it (Middleware.defaults() does)."));
        } else if (sessions > at) {
            messages.add(CheckMessage.error(id, type.getSimpleName() + " comes before SessionMiddleware: " + why
                    + ".", "Move SessionMiddleware above it in the middleware list."));
        }
    }

    static int first(List<Middleware> stack, Class<?> type) {
        for (int i = 0; i < stack.size(); i++) {
            if (type.isInstance(stack.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
