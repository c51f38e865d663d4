package dev.jango.server.jetty;

/** The whole conformance suite again with HTTP/2 (h2c) enabled beside HTTP/1.1 on the same port. */
class JettyH2cConformanceTest extends JettyConformanceTest {

    @Override
    JettyServer.Builder configure(JettyServer.Builder builder) {
        return builder.http2(true);
    }
}
