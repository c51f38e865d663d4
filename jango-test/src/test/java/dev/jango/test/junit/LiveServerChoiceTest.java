package dev.jango.test.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.gateway.Application;
import dev.jango.gateway.Body;
import dev.jango.gateway.GatewayResponse;
import dev.jango.gateway.Headers;
import dev.jango.server.jetty.JettyServer;
import dev.jango.server.netty.NettyServer;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** LiveServer starts the adapter on the class path; this module's tests have two, Jetty and Netty. */
class LiveServerChoiceTest {

    private static final Supplier<Application> HELLO = () -> request -> GatewayResponse.of(200,
            new Headers().add("Content-Type", "text/plain"), Body.of("hello".getBytes(StandardCharsets.UTF_8)));

    @Test
    void jango_server_netty_serves_on_netty() throws Exception {
        assertServesOn("netty", NettyServer.class);
    }

    @Test
    void jango_server_jetty_serves_on_jetty() throws Exception {
        assertServesOn("jetty", JettyServer.class);
    }

    @Test
    void several_adapters_and_none_chosen_fails_saying_to_set_jango_server() {
        LiveServer live = new LiveServer(HELLO, Map.of());

        assertThatThrownBy(() -> live.beforeAll(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Several Jango server adapters")
                .hasMessageContaining("jetty").hasMessageContaining("netty")
                .hasMessageContaining("JANGO_SERVER");
    }

    @Test
    void an_adapter_name_that_is_not_on_the_class_path_fails_naming_the_dependency() {
        LiveServer live = new LiveServer(HELLO, Map.of("JANGO_SERVER", "undertow"));

        assertThatThrownBy(() -> live.beforeAll(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'undertow'")
                .hasMessageContaining("dev.jango:jango-server-undertow");
    }

    private static void assertServesOn(String name, Class<?> adapter) throws Exception {
        LiveServer live = new LiveServer(HELLO, Map.of("JANGO_SERVER", " " + name + " "));
        live.beforeAll(null);
        try {
            assertThat(live.server()).isInstanceOf(adapter);
            assertThat(live.url()).startsWith("http://127.0.0.1:");
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(live.uri("/")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("hello");
        } finally {
            live.afterAll(null);
        }
        assertThatThrownBy(live::port).hasMessageContaining("not running");
    }
}
