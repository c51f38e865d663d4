/**
 * Exceptions that become HTTP responses: {@link dev.jango.core.exceptions.Http404},
 * {@link dev.jango.core.exceptions.PermissionDenied}, {@link dev.jango.core.exceptions.BadRequest},
 * {@link dev.jango.core.exceptions.SuspiciousOperation} and its kinds. Every layer of the cycle turns them into
 * a response of their {@link dev.jango.core.exceptions.HttpError#status() status}.
 */
package dev.jango.core.exceptions;
