package dev.jango.server.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.gateway.Application;
import dev.jango.gateway.Body;
import dev.jango.gateway.GatewayResponse;
import dev.jango.gateway.Headers;
import dev.jango.gateway.server.Server;
import dev.jango.gateway.server.ServerConfig;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerBuilderTest {

    private static final Application APP = request -> GatewayResponse.of(204, new Headers(), Body.empty());

    /** The least an adapter writes: a builder that adds nothing of its own. */
    static final class FakeBuilder extends ServerBuilder<FakeServer, FakeBuilder> {
        FakeBuilder(Application app) {
            super(app);
        }

        @Override
        public FakeServer build() {
            return new FakeServer(app(), config());
        }
    }

    record FakeServer(Application app, ServerConfig config) implements Server {
        @Override
        public int port() {
            return config.port();
        }

        @Override
        public URI uri() {
            return URI.create("http://" + config.host() + ":" + config.port() + "/");
        }

        @Override
        public void stop() {}

        @Override
        public void join() {}
    }

    @Test
    void a_builder_left_alone_builds_from_the_defaults() {
        FakeServer server = new FakeBuilder(APP).build();

        assertThat(server.app()).isSameAs(APP);
        ServerConfig defaults = ServerConfig.defaults();
        assertThat(server.config()).usingRecursiveComparison().ignoringFields("banner").isEqualTo(defaults);
    }

    @Test
    void every_common_option_lands_in_the_config_and_chains_as_the_adapters_builder(@TempDir Path dir)
            throws Exception {
        Path keyStore = Files.writeString(dir.resolve("keys.p12"), "not read here");
        Consumer<String> quiet = line -> {};

        FakeServer server = new FakeBuilder(APP).host("0.0.0.0").port(0).idleTimeout(Duration.ofSeconds(5))
                .maxRequestHeaderSize(4096).maxRequestBodySize(1024).shutdownTimeout(Duration.ofSeconds(2))
                .banner(quiet).scriptName("/shop").tls(keyStore, "secret").http2(true).inlineStart(false).build();

        ServerConfig config = server.config();
        assertThat(config.host()).isEqualTo("0.0.0.0");
        assertThat(config.port()).isZero();
        assertThat(config.idleTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.maxRequestHeaderSize()).isEqualTo(4096);
        assertThat(config.maxRequestBodySize()).isEqualTo(1024);
        assertThat(config.shutdownTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(config.banner()).isSameAs(quiet);
        assertThat(config.scriptName()).isEqualTo("/shop");
        assertThat(config.keyStore()).isEqualTo(keyStore);
        assertThat(config.keyStorePassword()).isEqualTo("secret");
        assertThat(config.http2()).isTrue();
        assertThat(config.inlineStart()).isFalse();
    }

    @Test
    void config_starts_from_a_whole_config_and_later_options_change_it() {
        ServerConfig given = ServerConfig.defaults().withAddress("10.0.0.1", 9000).withHttp2(true);

        ServerConfig config = new FakeBuilder(APP).port(1).config(given).port(8080).build().config();

        assertThat(config.host()).isEqualTo("10.0.0.1");
        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.http2()).isTrue();
    }

    @Test
    void environment_applies_the_configs_overrides() {
        ServerConfig config = new FakeBuilder(APP).environment(Map.of("JANGO_HTTP2", "true")).build().config();

        assertThat(config.http2()).isTrue();
        assertThatThrownBy(() -> new FakeBuilder(APP).environment(Map.of("JANGO_HTTP2", "maybe")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("JANGO_HTTP2");
    }

    @Test
    void builder_refuses_settings_that_cannot_work_and_says_why() {
        FakeBuilder builder = new FakeBuilder(APP);

        assertThatThrownBy(() -> builder.port(-1)).hasMessage("port must be 0-65535, was -1");
        assertThatThrownBy(() -> builder.port(65536)).hasMessage("port must be 0-65535, was 65536");
        assertThatThrownBy(() -> builder.host(" ")).hasMessageContaining("host must be");
        assertThatThrownBy(() -> builder.idleTimeout(Duration.ZERO))
                .hasMessageContaining("idleTimeout must be positive");
        assertThatThrownBy(() -> builder.maxRequestHeaderSize(10)).hasMessageContaining("at least 256");
        assertThatThrownBy(() -> builder.maxRequestBodySize(-2)).hasMessageContaining("-1 (no limit)");
        assertThatThrownBy(() -> builder.shutdownTimeout(Duration.ofSeconds(-1))).hasMessageContaining("negative");
        assertThatThrownBy(() -> builder.scriptName("/shop/")).hasMessageContaining("not end with '/'");
    }

    @Test
    void a_wrong_value_fails_at_the_option_that_set_it() {
        assertThatThrownBy(() -> new FakeBuilder(APP).port(70_000)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("port");
        assertThatThrownBy(() -> new FakeBuilder(APP).scriptName("shop/"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scriptName");
        assertThatThrownBy(() -> new FakeBuilder(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("app");
    }
}
