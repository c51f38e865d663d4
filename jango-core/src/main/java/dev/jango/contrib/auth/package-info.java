/**
 * Authentication, like Django's {@code django.contrib.auth}: {@link AuthenticationMiddleware} gives each request its
 * user ({@code Auth.user(request)}), {@link Auth} logs users in and out, {@link Access} guards views,
 * {@link LoginView} and {@link LogoutView} are the pages, and a {@link UserStore} finds users.
 */
package dev.jango.contrib.auth;
