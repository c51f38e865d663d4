/**
 * Static files, like Django's {@code django.contrib.staticfiles}: {@link dev.jango.staticfiles.StaticFiles} indexes
 * them with content hashes, {@link dev.jango.staticfiles.StaticFilesMiddleware} serves them.
 */
package dev.jango.staticfiles;
