/**
 * What management commands are written against (Django's {@code django.core.management.base}): {@link
 * dev.jango.management.base.Command}, its {@link dev.jango.management.base.CommandContext}, {@link
 * dev.jango.management.base.CommandError} and {@link dev.jango.management.base.Prompter}; and the service
 * interfaces through which libraries contribute commands ({@link dev.jango.management.base.CommandProvider}) and
 * system checks ({@link dev.jango.management.base.SystemCheck}). It knows nothing of the launcher
 * ({@code dev.jango.management.Manage}), the built-in commands or the contrib apps' commands, which all sit above it.
 */
package dev.jango.management.base;
