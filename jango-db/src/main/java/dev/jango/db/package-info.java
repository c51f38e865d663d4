/**
 * The database, like Django's {@code django.db}: {@link dev.jango.db.Database} (a HikariCP pool, Flyway migrations, a transaction per request) and {@link dev.jango.db.Db}, the request's connection.
 */
package dev.jango.db;
