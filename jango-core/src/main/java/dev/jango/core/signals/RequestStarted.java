package dev.jango.core.signals;

import dev.jango.http.Request;

/** Sent when a request enters the cycle, before any middleware runs. */
public record RequestStarted(Request request) {}
