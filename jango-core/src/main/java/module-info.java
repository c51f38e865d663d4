/**
 * Jango's request/response cycle: the core (HTTP model, handlers, middleware, URL resolution, views, exceptions,
 * settings, signing, signals, the template SPI), the contrib apps above it (sessions, auth, messages,
 * static files, found by label through {@code dev.jango.apps}), the application builder ({@code dev.jango.Jango},
 * which names contrib apps by label and imports none) and the in-process test client.
 * Knows the gateway, never a server. Only API packages are exported; every one has a package-info.
 */
module dev.jango.core {
    requires transitive dev.jango.gateway;
    requires org.slf4j;
    // Transitive for ClientResponse.json()'s JsonNode and the Jackson annotations users put on their records.
    requires transitive tools.jackson.databind;

    // the application, above core and contrib
    exports dev.jango;
    // the core
    exports dev.jango.apps;
    exports dev.jango.conf;
    exports dev.jango.core.exceptions;
    exports dev.jango.core.handlers;
    exports dev.jango.core.signals;
    exports dev.jango.core.signing;
    exports dev.jango.http;
    exports dev.jango.middleware;
    exports dev.jango.shortcuts;
    exports dev.jango.template;
    exports dev.jango.urls;
    exports dev.jango.views;
    // contrib, above the core (Django's django.contrib)
    exports dev.jango.contrib.auth;
    exports dev.jango.contrib.auth.hashers;
    exports dev.jango.contrib.messages;
    exports dev.jango.contrib.sessions;
    exports dev.jango.contrib.staticfiles;
    // testing, like django.test
    exports dev.jango.test;

    uses dev.jango.apps.AppConfig;
    provides dev.jango.apps.AppConfig with dev.jango.contrib.sessions.SessionsConfig, dev.jango.contrib.auth.AuthConfig,
            dev.jango.contrib.messages.MessagesConfig, dev.jango.contrib.staticfiles.StaticFilesConfig;
}
