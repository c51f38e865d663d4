package dev.jango.core.signals;

import dev.jango.http.Request;

/** Sent when an unexpected exception (one that becomes a 500) escaped a view or middleware. */
public record GotRequestException(Request request, Throwable exception) {}
