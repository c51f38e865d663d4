/**
 * Users in the database: {@link dev.jango.contrib.auth.jdbc.JdbcUserStore}, the auth app's user store on jango-db.
 */
package dev.jango.contrib.auth.jdbc;
