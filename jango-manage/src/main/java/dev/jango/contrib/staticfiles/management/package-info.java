/**
 * The static files app's management command, setting and check (Django's
 * {@code django.contrib.staticfiles.management}): {@code collectstatic}, found by {@code Manage} through the
 * {@link dev.jango.contrib.staticfiles.management.StaticFilesCommands} service; its default target
 * {@link dev.jango.contrib.staticfiles.management.StaticFilesSettings#STATIC_ROOT}; and
 * {@link dev.jango.contrib.staticfiles.management.StaticFilesChecks}, which warns about static files nothing serves.
 */
package dev.jango.contrib.staticfiles.management;
