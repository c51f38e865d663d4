package dev.jango.management.commands;

import dev.jango.Jango;
import dev.jango.management.base.CheckMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * Jango's own checks that {@code check} always runs on a built app. What start-up refuses is found by building
 * the app ({@code jango.E001}, in {@link CheckCommand}); the contrib apps' checks (middleware order, static files
 * nothing serves) are contributed by their {@code management} packages as {@code SystemCheck} services.
 */
final class SystemChecks {

    private SystemChecks() {}

    /** The problems with the built {@code app}. */
    static List<CheckMessage> run(Jango app) {
        List<CheckMessage> messages = new ArrayList<>();
        if (app.urls().routes().isEmpty()) {
            messages.add(CheckMessage.warning("urls.W001", "The app has no URL patterns: every request is a 404.",
                    "Add routes with Jango.builder().urls(path(...), ...)."));
        }
        return messages;
    }
}
