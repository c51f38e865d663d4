package dev.jango.test.junit;

import static dev.jango.conf.CoreSettings.ALLOWED_HOSTS;
import static dev.jango.conf.CoreSettings.SECRET_KEY;
import static dev.jango.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;

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

/** requestFinished over a real Jetty when the client goes away (the other signals: jango-core's SignalsTest). */
class SignalsOverJettyTest {

    static final List<String> EVENTS = new CopyOnWriteArrayList<>();
    static final CountDownLatch FINISHED = new CountDownLatch(1);

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

    @RegisterExtension
    static LiveServer server = new LiveServer(() -> Jango.builder(Map.of()).set(SECRET_KEY, "signals")
            .set(ALLOWED_HOSTS, List.of("testserver", "127.0.0.1"))
            .onRequestStarted(e -> EVENTS.add("started " + e.request().path()))
            .onRequestFinished(e -> {
                EVENTS.add("finished " + e.request().path() + (e.failure() == null ? "" : " failed"));
                FINISHED.countDown();
            })
            .urls(path("endless/", (request, kwargs) -> new Endless()))
            .build());

    @Test
    void finished_is_sent_over_jetty_when_the_client_goes_away_mid_body() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write("GET /endless/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            assertThat(in.readNBytes(1024)).hasSize(1024);
        }
        assertThat(FINISHED.await(10, TimeUnit.SECONDS)).as("requestFinished after the client left").isTrue();
        assertThat(EVENTS).containsExactly("started /endless/", "finished /endless/ failed");
    }
}
