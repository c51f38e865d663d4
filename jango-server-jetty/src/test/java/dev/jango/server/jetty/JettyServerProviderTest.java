package dev.jango.server.jetty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.gateway.server.ServerConfig;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The environment's overrides of a {@link ServerConfig}, as {@code Servers.serve} applies them before choosing Jetty.
 * Finding Jetty through {@code Servers} runs in {@link JettyAdapterKitTest}.
 */
class JettyServerProviderTest {

    @Test
    void environment_overrides_are_checked_with_a_message_naming_the_variable() {
        assertThatThrownBy(() -> ServerConfig.defaults().withEnvironment(Map.of("JANGO_HTTP2", "maybe")))
                .hasMessageContaining("JANGO_HTTP2 must be true or false");
        assertThatThrownBy(() -> ServerConfig.defaults().withEnvironment(Map.of("JANGO_TLS_KEYSTORE", "/nope.p12")))
                .hasMessageContaining("JANGO_TLS_PASSWORD");
        assertThat(ServerConfig.defaults().withEnvironment(Map.of("JANGO_HTTP2", "true")).http2()).isTrue();
    }
}
