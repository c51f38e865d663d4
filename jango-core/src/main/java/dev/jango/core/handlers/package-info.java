/**
 * The cycle, like Django's {@code django.core.handlers}: {@link dev.jango.core.handlers.GatewayHandler} runs an
 * {@link dev.jango.core.handlers.Assembly} — it builds the middleware onion once, makes each request, turns every
 * exception into a response at every layer, and adapts the result to the gateway.
 */
package dev.jango.core.handlers;
