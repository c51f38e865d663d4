package dev.jango.server.netty;

import dev.jango.gateway.tck.kit.AdapterTestKit;
import java.time.Duration;

/** Everything every adapter must do alike, the gateway conformance suite included, run on Netty. */
class NettyAdapterKitTest extends AdapterTestKit {

    @Override
    protected String serverName() {
        return "netty";
    }

    @Override
    protected String bannerTail() {
        return "Netty 4\\.2\\.\\d+\\.Final \\((epoll|nio), Ctrl-C to stop\\)";
    }

    @Override
    protected String ioThreadName() {
        return "jango-io-";
    }

    @Override
    protected String bodyTimeoutMessage(Duration idleTimeout) {
        return "no request body bytes for " + idleTimeout.toMillis() + " ms";
    }
}
