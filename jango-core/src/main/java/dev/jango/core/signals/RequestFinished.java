package dev.jango.core.signals;

import dev.jango.http.Request;

/**
 * Sent once per request after its response was fully written, or when the exchange failed (for example the
 * client went away): {@code failure} is null after a full send.
 */
public record RequestFinished(Request request, Throwable failure) {}
