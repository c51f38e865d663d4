/**
 * Jango's request/response cycle: HTTP model, handlers, middleware, URL resolution, views, exceptions and
 * settings. Knows the gateway, never a server.
 */
module dev.jango.core {
    requires transitive dev.jango.gateway;
    requires org.slf4j;
    requires transitive com.fasterxml.jackson.databind;

    exports dev.jango.conf;
    exports dev.jango.core;
    exports dev.jango.core.exceptions;
    exports dev.jango.core.handlers;
    exports dev.jango.core.signing;
    exports dev.jango.core.signals;
    exports dev.jango.http;
    exports dev.jango.http.multipart;
    exports dev.jango.messages;
    exports dev.jango.middleware;
    exports dev.jango.sessions;
    exports dev.jango.staticfiles;
    exports dev.jango.auth;
    exports dev.jango.auth.hashers;
    exports dev.jango.template;
    exports dev.jango.urls;
    exports dev.jango.views;
}
