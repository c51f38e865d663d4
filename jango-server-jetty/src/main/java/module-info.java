/**
 * The default embedded server for Jango: a Jetty 12 core handler (no Servlet API) that runs each request
 * of a {@link dev.jango.gateway.Application} on its own virtual thread.
 */
module dev.jango.server.jetty {
    requires transitive dev.jango.gateway;
    requires transitive dev.jango.server.support; // JettyServer.Builder extends its ServerBuilder
    requires org.eclipse.jetty.server;
    requires org.eclipse.jetty.http2.server;
    requires org.eclipse.jetty.alpn.server;
    requires org.eclipse.jetty.alpn.java.server;
    requires org.slf4j;

    exports dev.jango.server.jetty;

    provides dev.jango.gateway.server.ServerProvider with dev.jango.server.jetty.JettyServerProvider;
}
