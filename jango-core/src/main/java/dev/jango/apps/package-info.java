/**
 * Installable apps, like Django's {@code django.apps}: an {@link dev.jango.apps.AppConfig} says what an app adds to
 * a middleware stack and to templates; {@link dev.jango.apps.Apps} finds apps by label.
 */
package dev.jango.apps;
