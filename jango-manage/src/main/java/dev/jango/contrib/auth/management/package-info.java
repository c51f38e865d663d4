/**
 * The auth app's management commands and checks (Django's {@code django.contrib.auth.management}):
 * {@code createsuperuser} and {@code changepassword}, found by {@code Manage} through the
 * {@link dev.jango.contrib.auth.management.AuthCommands} service, and the middleware-order check
 * {@link dev.jango.contrib.auth.management.AuthChecks}. The user store is the app's {@code UserStore} component,
 * else the one of its {@code AuthenticationMiddleware}.
 */
package dev.jango.contrib.auth.management;
