/**
 * Sessions, like Django's {@code django.contrib.sessions}: {@link SessionMiddleware} gives each request a
 * {@link Session} ({@code Session.of(request)}), kept by a {@link SessionStore} (signed cookies by default, in
 * memory, or Redis through {@code jango-redis}); {@link SessionCsrfStorage} keeps the CSRF secret in the session.
 */
package dev.jango.contrib.sessions;
