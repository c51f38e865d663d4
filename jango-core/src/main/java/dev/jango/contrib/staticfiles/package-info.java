/**
 * Static files, like Django's {@code django.contrib.staticfiles}: {@link StaticFiles} indexes them with content
 * hashes, {@link StaticFilesMiddleware} serves them.
 */
package dev.jango.contrib.staticfiles;
