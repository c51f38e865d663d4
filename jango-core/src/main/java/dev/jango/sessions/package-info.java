/**
 * Sessions, like Django's {@code django.contrib.sessions}: {@link dev.jango.sessions.SessionMiddleware} gives each
 * request a {@link dev.jango.sessions.Session}, kept by a {@link dev.jango.sessions.SessionStore} (signed cookies
 * by default, in memory, or Redis through {@code jango-redis}).
 */
package dev.jango.sessions;
