/**
 * The gateway contract: a {@link dev.jango.gateway.GatewayRequest} in, a {@link dev.jango.gateway.GatewayResponse}
 * out, and a {@link dev.jango.gateway.Completion} the server calls once when the exchange ends.
 *
 * <p>{@link dev.jango.gateway.GatewayLint} checks both sides of the contract; every server adapter runs the
 * conformance suite in {@code jango-gateway-tck}.
 */
package dev.jango.gateway;
