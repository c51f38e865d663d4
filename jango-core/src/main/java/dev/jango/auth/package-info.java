/**
 * Authentication, like Django's {@code django.contrib.auth}: {@link dev.jango.auth.AuthenticationMiddleware}
 * gives each request its user, {@link dev.jango.auth.Auth} logs users in and out, {@link dev.jango.auth.Access}
 * guards views, {@link dev.jango.auth.LoginView} and {@link dev.jango.auth.LogoutView} are the pages, and a
 * {@link dev.jango.auth.UserStore} finds users.
 */
package dev.jango.auth;
