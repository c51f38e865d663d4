/**
 * The kit server adapters are built from: {@link dev.jango.server.support.ServerBuilder} for the options every
 * adapter accepts (a {@link dev.jango.gateway.server.ServerConfig}), and
 * {@link dev.jango.server.support.RequestThreads} to run each exchange on its own virtual thread and stop them all.
 * For adapter authors; an application names a server through its builder or {@link dev.jango.gateway.server.Servers}.
 */
package dev.jango.server.support;
