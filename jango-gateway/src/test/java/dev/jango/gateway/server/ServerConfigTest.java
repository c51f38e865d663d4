package dev.jango.gateway.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every adapter is told: {@link ServerConfig}'s environment overrides, as {@code Servers.serve} applies them. */
class ServerConfigTest {

    @Test
    void environment_overrides_are_checked_with_a_message_naming_the_variable() {
        assertThatThrownBy(() -> ServerConfig.defaults().withEnvironment(Map.of("JANGO_HTTP2", "maybe")))
                .hasMessageContaining("JANGO_HTTP2 must be true or false");
        assertThatThrownBy(() -> ServerConfig.defaults().withEnvironment(Map.of("JANGO_TLS_KEYSTORE", "/nope.p12")))
                .hasMessageContaining("JANGO_TLS_PASSWORD");
        assertThat(ServerConfig.defaults().withEnvironment(Map.of("JANGO_HTTP2", "true")).http2()).isTrue();
    }
}
