package dev.jango.gateway.tck.kit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.gateway.GatewayRequest;
import dev.jango.gateway.server.Server;
import dev.jango.gateway.tck.kit.AdapterTestKit.Section;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.Test;

/** An application mounted under a script name: what it sees, and what the server answers outside the mount. */
abstract class MountSection extends KitFixture {

    MountSection(AdapterTestKit kit) {
        super(kit, Section.MOUNT);
    }

    @Test
    void script_name_mounts_the_application_and_other_paths_get_404() throws Exception {
        BlockingQueue<GatewayRequest> seen = new LinkedBlockingQueue<>();
        Server server = started(request -> {
            seen.add(request);
            return text(request.scriptName() + "|" + request.rawPath());
        }, config -> config.withScriptName("/shop"));

        assertThat(get(server, "/shop/items?page=2")).endsWith("\r\n\r\n/shop|/items");
        assertThat(get(server, "/shop")).endsWith("\r\n\r\n/shop|/");
        assertThat(get(server, "/shopping")).startsWith("HTTP/1.1 404");
        assertThat(get(server, "/other")).startsWith("HTTP/1.1 404");
        assertThat(seen).hasSize(2);
        assertThat(seen.peek().rawQuery()).isEqualTo("page=2");
    }
}
