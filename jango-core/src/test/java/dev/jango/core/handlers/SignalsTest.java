package dev.jango.core.handlers;

import static dev.jango.conf.CoreSettings.ALLOWED_HOSTS;
import static dev.jango.conf.CoreSettings.SECRET_KEY;
import static dev.jango.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.Jango;
import dev.jango.gateway.Body;
import dev.jango.http.Response;
import dev.jango.test.Client;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Request signals: started, finished (after the body, or when sending it fails), exceptions (a client leaving a
 * real Jetty: jango-test's SignalsOverJettyTest).
 */
class SignalsTest {

    static final List<String> EVENTS = new CopyOnWriteArrayList<>();

    /** A response whose body breaks off part way, as a send does when the client goes away. */
    static final class BrokenOff extends Response {
        BrokenOff() {
            super(200, new byte[0], "application/octet-stream");
        }

        @Override
        public Body body() {
            return Body.stream(out -> {
                out.write(new byte[1024]);
                throw new IOException("connection reset by peer");
            });
        }
    }

    static Jango app() {
        return Jango.builder(Map.of()).set(SECRET_KEY, "signals").set(ALLOWED_HOSTS, List.of("testserver", "127.0.0.1"))
                .onRequestStarted(e -> EVENTS.add("started " + e.request().path()))
                .onRequestStarted(e -> {
                    throw new IllegalStateException("a broken listener");
                })
                .onRequestFinished(e -> {
                    EVENTS.add("finished " + e.request().path() + (e.failure() == null ? "" : " failed"));
                })
                .onRequestException(e -> EVENTS.add("exception " + e.exception().getMessage()))
                .urls(
                        path("ok/", (request, kwargs) -> {
                            EVENTS.add("view");
                            return Response.text("ok");
                        }),
                        path("fail/", (request, kwargs) -> {
                            throw new IllegalStateException("view bug");
                        }),
                        path("broken/", (request, kwargs) -> new BrokenOff()))
                .build();
    }

    @Test
    void started_then_view_then_finished_and_a_failing_listener_breaks_nothing() {
        EVENTS.clear();
        try (Client client = new Client(app())) {
            assertThat(client.get("/ok/").text()).isEqualTo("ok");
        }
        assertThat(EVENTS).containsExactly("started /ok/", "view", "finished /ok/");
    }

    @Test
    void unexpected_exceptions_are_signalled_but_http_errors_are_not() {
        EVENTS.clear();
        try (Client client = new Client(app())) {
            client.get("/fail/");
            client.get("/missing/");
        }
        assertThat(EVENTS).containsExactly("started /fail/", "exception view bug", "finished /fail/",
                "started /missing/", "finished /missing/");
    }

    @Test
    void finished_is_sent_with_the_failure_when_the_body_cannot_be_sent() {
        EVENTS.clear();
        try (Client client = new Client(app())) {
            assertThatThrownBy(() -> client.get("/broken/")).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("connection reset by peer");
        }
        assertThat(EVENTS).containsExactly("started /broken/", "finished /broken/ failed");
    }
}
