/**
 * The gateway: a small, server-neutral contract between an HTTP server and a web application.
 *
 * <p>Servers know this module, not the framework; the framework knows this module, not the servers.
 * {@code dev.jango.gateway.server} lets an application start on whichever adapter is on the class path.
 */
module dev.jango.gateway {
    exports dev.jango.gateway;
    exports dev.jango.gateway.server;

    uses dev.jango.gateway.server.ServerProvider;
}
