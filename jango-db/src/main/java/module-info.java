/** Databases for Jango views: a HikariCP pool, atomic requests, Flyway migrations, a query helper, stores. */
module dev.jango.db {
    requires transitive dev.jango.core;
    requires transitive java.sql;
    requires com.zaxxer.hikari;
    requires flyway.core;
    requires org.slf4j;

    exports dev.jango.db;
}
