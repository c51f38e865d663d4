/**
 * Server-neutral start-up: {@link dev.jango.gateway.server.Servers} starts an application on the adapter found on
 * the class path, configured by a {@link dev.jango.gateway.server.ServerConfig}; adapters implement
 * {@link dev.jango.gateway.server.ServerProvider}.
 */
package dev.jango.gateway.server;
