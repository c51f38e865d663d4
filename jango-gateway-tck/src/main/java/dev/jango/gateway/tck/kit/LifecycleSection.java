package dev.jango.gateway.tck.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.gateway.server.Server;
import dev.jango.gateway.tck.kit.AdapterTestKit.Section;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Start and stop: the port, the banner, the application's start and stop around its calls, join, a busy port. */
abstract class LifecycleSection extends KitFixture {

    LifecycleSection(AdapterTestKit kit) {
        super(kit, Section.LIFECYCLE);
    }

    @Test
    void ephemeral_port_is_reported_once_started() throws Exception {
        Server server = started(request -> text("hi"));

        assertThat(server.port()).isBetween(1, 65535);
        assertThat(server.uri()).isEqualTo(URI.create("http://127.0.0.1:" + server.port() + "/"));
        assertThat(get(server, "/")).startsWith("HTTP/1.1 200").endsWith("\r\n\r\nhi");
    }

    @Test
    void start_prints_one_banner_line_with_the_address_and_the_server_software() {
        List<String> lines = new CopyOnWriteArrayList<>();
        Server server = started(request -> text("hi"), config -> config.withBanner(lines::add));

        assertThat(lines).singleElement().asString().matches(Pattern.quote("Jango serving at http://127.0.0.1:"
                + server.port() + "/ on ") + kit().bannerTail());
    }

    @Test
    void application_starts_before_the_first_request_and_stops_once_after_the_last() throws Exception {
        Server server = started(recording(request -> text("hi")));

        get(server, "/one");
        server.stop();
        server.stop();
        server.close();

        assertThat(events).containsExactly("start", "call /one", "completed /one", "stop");
    }

    @Test
    void join_returns_once_the_server_has_stopped() throws Exception {
        Server server = started(request -> text("hi"));
        CompletableFuture<Void> joined = CompletableFuture.runAsync(() -> {
            try {
                server.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });

        Thread.sleep(50);
        assertThat(joined).isNotDone();
        server.stop();

        joined.get(PATIENCE_MS, TimeUnit.MILLISECONDS);
    }

    @Test
    void a_port_in_use_fails_start_naming_the_address_and_stops_the_application_again() {
        Server first = started(request -> text("hi"));

        assertThatThrownBy(() -> started(recording(request -> text("never")),
                config -> config.withAddress("127.0.0.1", first.port())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("127.0.0.1:" + first.port());
        assertThat(events).containsExactly("start", "stop");
    }
}
