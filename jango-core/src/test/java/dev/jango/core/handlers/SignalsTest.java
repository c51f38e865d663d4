package dev.jango.core.handlers;

import static dev.jango.conf.CoreSettings.SECRET_KEY;
import static dev.jango.conf.CoreSettings.ALLOWED_HOSTS;
import static dev.jango.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.conf.Settings;
import dev.jango.Jango;
import dev.jango.gateway.Body;
import dev.jango.http.Response;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Request signals: started, finished (after the body, or when the client is gone), exceptions. */
class SignalsTest {

    static final List<String> EVENTS = new CopyOnWriteArrayList<>();
    static volatile CountDownLatch finished = new CountDownLatch(1);

    /** A response whose body is long enough that a client leaving early breaks the send. */
    static final class Endless extends Response {
        Endless() {
            super(200, new byte[0], "application/octet-stream");
        }

        @Override
        public Body body() {
            return Body.stream(out -> {
                byte[] chunk = new byte[64 * 1024];
                for (int i = 0; i < 100_000; i++) {
                    out.write(chunk);
                    out.flush();
                }
            });
        }
    }

    static Settings settings() {
        return Settings.builder(Map.of()).set(SECRET_KEY, "signals").set(ALLOWED_HOSTS, List.of("testserver", "127.0.0.1"))
                .onRequestStarted(e -> EVENTS.add("started " + e.request().path()))
                .onRequestStarted(e -> {
                    throw new IllegalStateException("a broken listener");
                })
                .onRequestFinished(e -> {
                    EVENTS.add("finished " + e.request().path() + (e.failure() == null ? "" : " failed"));
                    finished.countDown();
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
                        path("endless/", (request, kwargs) -> new Endless()))
                .build();
    }

    @RegisterExtension
    static LiveServer server = new LiveServer(() -> JANGO_APPLICATION_TODO(settings()));

    @Test
    void started_then_view_then_finished_and_a_failing_listener_breaks_nothing() {
        EVENTS.clear();
        try (Client client = new Client(JANGO_APPLICATION_TODO(settings()))) {
            assertThat(client.get("/ok/").text()).isEqualTo("ok");
        }
        assertThat(EVENTS).containsExactly("started /ok/", "view", "finished /ok/");
    }

    @Test
    void unexpected_exceptions_are_signalled_but_http_errors_are_not() {
        EVENTS.clear();
        try (Client client = new Client(JANGO_APPLICATION_TODO(settings()))) {
            client.get("/fail/");
            client.get("/missing/");
        }
        assertThat(EVENTS).containsExactly("started /fail/", "exception view bug", "finished /fail/",
                "started /missing/", "finished /missing/");
    }

    @Test
    void finished_is_sent_over_jetty_when_the_client_goes_away_mid_body() throws Exception {
        EVENTS.clear();
        finished = new CountDownLatch(1);
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write("GET /endless/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            assertThat(in.readNBytes(1024)).hasSize(1024);
        }
        assertThat(finished.await(10, TimeUnit.SECONDS)).as("requestFinished after the client left").isTrue();
        assertThat(EVENTS).containsExactly("started /endless/", "finished /endless/ failed");
    }
}
