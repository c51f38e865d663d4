package dev.jango.gateway.tck.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.gateway.server.Server;
import dev.jango.gateway.server.ServerConfig;
import dev.jango.gateway.server.Servers;
import dev.jango.gateway.tck.kit.AdapterTestKit.Section;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The adapter found through {@link Servers}, as an application that depends on it alone sees it: the test class
 * path must hold this one adapter.
 */
abstract class DiscoverySection extends KitFixture {

    DiscoverySection(AdapterTestKit kit) {
        super(kit, Section.DISCOVERY);
    }

    @Test
    void servers_start_the_only_adapter_on_the_class_path() throws Exception {
        assertThat(Servers.available()).containsExactly(kit().serverName());
        Class<?> adapterServer = started(request -> text("named")).getClass();

        try (Server server = Servers.start(request -> text("via SPI"),
                ServerConfig.defaults().withAddress("127.0.0.1", 0).withBanner(line -> {}))) {
            assertThat(server).isInstanceOf(adapterServer);
            assertThat(get(server, "/x")).startsWith("HTTP/1.1 200").endsWith("\r\n\r\nvia SPI");
        }
    }

    @Test
    void naming_an_adapter_that_is_not_there_says_which_dependency_to_add() {
        ServerConfig config = config().withEnvironment(Map.of("JANGO_SERVER", "elsewhere"));

        assertThatThrownBy(() -> Servers.start(request -> null, config))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No Jango server adapter named 'elsewhere'")
                .hasMessageContaining("dev.jango:jango-server-elsewhere")
                .hasMessageContaining("found: " + kit().serverName());
    }
}
