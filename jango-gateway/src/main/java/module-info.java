/**
 * The gateway: a small, server-neutral contract between an HTTP server and a web application.
 *
 * <p>Servers know this module, not the framework; the framework knows this module, not the servers.
 */
module dev.jango.gateway {
    exports dev.jango.gateway;
}
