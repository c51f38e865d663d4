package dev.jango.core.handlers;

import dev.jango.conf.Settings;
import dev.jango.core.signals.Signals;
import dev.jango.middleware.Middleware;
import dev.jango.template.TemplateEngine;
import dev.jango.urls.UrlEntry;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an application is made of, as the handlers run it: its settings (values) and the parts assembled above
 * them. {@code dev.jango.Jango.builder()} makes one; {@link GatewayHandler} runs it.
 *
 * @param settings the configuration values
 * @param middleware the onion, outermost first
 * @param urls the root URL configuration, in resolution order
 * @param templateEngine the engine that renders template responses, or null
 * @param errorHandlers the application's own error views by status (400, 403, 404, 500)
 * @param signals the request signals with their listeners
 * @param onStartup hooks run in order before the first request
 * @param onShutdown hooks run in reverse order after the last request
 */
public record Assembly(Settings settings, List<Middleware> middleware, List<UrlEntry> urls,
                       TemplateEngine templateEngine, Map<Integer, ErrorHandler> errorHandlers, Signals signals,
                       List<LifecycleHook> onStartup, List<LifecycleHook> onShutdown) {

    /** Copy the lists and maps; check that nothing required is missing. */
    public Assembly {
        Objects.requireNonNull(settings, "settings");
        middleware = List.copyOf(middleware);
        urls = List.copyOf(urls);
        errorHandlers = Map.copyOf(errorHandlers);
        Objects.requireNonNull(signals, "signals");
        onStartup = List.copyOf(onStartup);
        onShutdown = List.copyOf(onShutdown);
    }
}
