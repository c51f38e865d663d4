package dev.jango.server.jetty;

/** The whole conformance suite again with every request handed to the JDK's virtual-thread scheduler. */
class JettyStandardThreadsConformanceTest extends JettyConformanceTest {

    @Override
    JettyServer.Builder configure(JettyServer.Builder builder) {
        return builder.inlineStart(false);
    }
}
