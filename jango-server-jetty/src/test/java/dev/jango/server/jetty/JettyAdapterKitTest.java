package dev.jango.server.jetty;

import dev.jango.gateway.tck.kit.AdapterTestKit;

/** Everything every adapter must do alike, the gateway conformance suite included, run on Jetty. */
class JettyAdapterKitTest extends AdapterTestKit {

    @Override
    protected String serverName() {
        return "jetty";
    }

    @Override
    protected String bannerTail() {
        return "Jetty 12\\.\\d+\\.\\d+ \\(Ctrl-C to stop\\)";
    }

    @Override
    protected String ioThreadName() {
        return "jango-jetty";
    }
}
