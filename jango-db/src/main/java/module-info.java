/**
 * Databases for Jango views: a HikariCP pool, atomic requests, Flyway migrations, a query helper
 * ({@code dev.jango.db}), and the contrib stores above it that keep sessions
 * ({@code dev.jango.contrib.sessions.jdbc}) and users ({@code dev.jango.contrib.auth.jdbc}) in the database.
 * {@code dev.jango.db} never imports a contrib package.
 */
module dev.jango.db {
    requires transitive dev.jango.core;
    requires transitive java.sql;
    requires com.zaxxer.hikari;
    requires flyway.core;
    requires org.slf4j;

    // the database layer, below the contrib apps
    exports dev.jango.db;
    // contrib stores over it (Django's django.contrib.sessions.backends.db and the auth app's database users)
    exports dev.jango.contrib.auth.jdbc;
    exports dev.jango.contrib.sessions.jdbc;
}
