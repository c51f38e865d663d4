package dev.jango.template;

import static dev.jango.conf.CoreSettings.DEBUG;

import java.util.Map;

/**
 * The context processors of the template layer itself, like Django's {@code django.template.context_processors}.
 * The others live with what they expose: {@code Csrf.contextProcessor()}, {@code ContentSecurityPolicyMiddleware
 * .contextProcessor()}, {@code Auth.contextProcessor()}, {@code Messages.contextProcessor()}; {@code
 * Jango.defaultContextProcessors()} lists the set a new Django project enables.
 */
public final class ContextProcessors {

    private ContextProcessors() {}

    /** {@code request}: the request being answered. */
    public static ContextProcessor request() {
        return request -> Map.of("request", request);
    }

    /** {@code debug}: whether the settings' debug flag is on. */
    public static ContextProcessor debug() {
        return request -> Map.of("debug", request.settings().get(DEBUG));
    }
}
