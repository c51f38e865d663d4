package dev.jango.test.junit;

import static dev.jango.conf.CoreSettings.ALLOWED_HOSTS;
import static dev.jango.conf.CoreSettings.SECRET_KEY;
import static dev.jango.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.Jango;
import dev.jango.http.EventStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Server-sent events over Jetty: heartbeats while the producer is quiet, and noticing a client that left. */
class EventStreamOverJettyTest {

    static final CountDownLatch producerDone = new CountDownLatch(1);
    static final AtomicBoolean sawClosed = new AtomicBoolean();

    @RegisterExtension
    static LiveServer server = new LiveServer(() -> Jango.builder(Map.of()).set(SECRET_KEY, "e")
            .set(ALLOWED_HOSTS, List.of("127.0.0.1"))
            .urls(path("slow/", (request, kwargs) -> new EventStream(emitter -> {
                emitter.send("first");
                Thread.sleep(400); // quiet: heartbeats go out meanwhile
                emitter.send("second");
            }, Duration.ofMillis(100))), path("forever/", (request, kwargs) -> new EventStream(emitter -> {
                try {
                    for (int i = 0; i < 10_000; i++) {
                        emitter.send("tick " + i);
                        Thread.sleep(20);
                    }
                } catch (IOException gone) {
                    sawClosed.set(!emitter.isOpen());
                } finally {
                    producerDone.countDown();
                }
            }, Duration.ofMillis(50))))
            .build());

    private static String request(String path) {
        return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
    }

    @Test
    void heartbeats_fill_the_silence_between_events() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request("/slow/").getBytes(StandardCharsets.US_ASCII));
            String all = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int first = all.indexOf("data: first");
            int second = all.indexOf("data: second");
            assertThat(first).isPositive();
            assertThat(second).isGreaterThan(first);
            assertThat(all.substring(first, second)).contains(": heartbeat");
        }
    }

    @Test
    void a_client_that_leaves_ends_the_producer() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request("/forever/").getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            byte[] start = new byte[200];
            assertThat(in.readNBytes(start, 0, start.length)).isEqualTo(200);
        }
        assertThat(producerDone.await(10, TimeUnit.SECONDS)).as("producer stopped after the client left").isTrue();
        assertThat(sawClosed).isTrue();
    }
}
