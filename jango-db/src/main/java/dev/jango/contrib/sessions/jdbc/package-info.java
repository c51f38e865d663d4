/**
 * Sessions in the database, like Django's {@code sessions.backends.db}: {@link dev.jango.contrib.sessions.jdbc.DatabaseSessionStore}.
 */
package dev.jango.contrib.sessions.jdbc;
