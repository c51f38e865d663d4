package dev.jango.server.jetty;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.gateway.Body;
import dev.jango.gateway.GatewayResponse;
import dev.jango.gateway.Headers;
import dev.jango.gateway.server.Server;
import dev.jango.gateway.server.ServerConfig;
import dev.jango.gateway.server.Servers;
import java.net.Socket;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Jetty found through the server-neutral start-up, as an app that only depends on jango-server-jetty sees it. */
class JettyServerProviderTest {

    @Test
    void servers_start_the_only_adapter_on_the_class_path() throws Exception {
        assertThat(Servers.available()).containsExactly("jetty");
        try (Server server = Servers.start(request -> GatewayResponse.of(200, Headers.of("Content-Type", "text/plain"),
                Body.of("via SPI".getBytes(UTF_8))), ServerConfig.defaults().withAddress("127.0.0.1", 0)
                .withBanner(line -> {}))) {
            assertThat(server).isInstanceOf(JettyServer.class);
            try (Socket socket = new Socket("127.0.0.1", server.port())) {
                socket.getOutputStream().write("GET /x HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n".getBytes(UTF_8));
                assertThat(new String(socket.getInputStream().readAllBytes(), UTF_8))
                        .startsWith("HTTP/1.1 200").endsWith("\r\n\r\nvia SPI");
            }
        }
    }

    @Test
    void naming_an_adapter_that_is_not_there_says_which_dependency_to_add() {
        ServerConfig config = ServerConfig.defaults().withEnvironment(Map.of("JANGO_SERVER", "netty"));

        assertThatThrownBy(() -> Servers.start(request -> null, config))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No Jango server adapter named 'netty'")
                .hasMessageContaining("dev.jango:jango-server-netty")
                .hasMessageContaining("found: jetty");
    }

    @Test
    void environment_overrides_are_checked_with_a_message_naming_the_variable() {
        assertThatThrownBy(() -> ServerConfig.defaults().withEnvironment(Map.of("JANGO_HTTP2", "maybe")))
                .hasMessageContaining("JANGO_HTTP2 must be true or false");
        assertThatThrownBy(() -> ServerConfig.defaults().withEnvironment(Map.of("JANGO_TLS_KEYSTORE", "/nope.p12")))
                .hasMessageContaining("JANGO_TLS_PASSWORD");
        assertThat(ServerConfig.defaults().withEnvironment(Map.of("JANGO_HTTP2", "true")).http2()).isTrue();
    }
}
