/**
 * The cycle: {@link dev.jango.middleware.Handler}, and {@link dev.jango.core.handlers.GatewayHandler},
 * which builds the middleware onion once and adapts gateway requests and responses.
 */
package dev.jango.core.handlers;
