package dev.jango.test.junit;

import static dev.jango.conf.CoreSettings.ALLOWED_HOSTS;
import static dev.jango.conf.CoreSettings.SECRET_KEY;
import static dev.jango.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.Jango;
import dev.jango.http.EventStream;
import dev.jango.http.FileResponse;
import dev.jango.http.StreamingResponse;
import java.io.InputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Response kinds as a real Jetty sends them (each kind in-process: jango-core's ResponsesTest). */
class ResponsesOverJettyTest {

    @TempDir
    static Path dir;
    static Path file;
    static final AtomicBoolean producerClosed = new AtomicBoolean();
    static final CountDownLatch closed = new CountDownLatch(1);

    /** An endless producer that records being closed. */
    static final class Ticker implements Iterator<String>, AutoCloseable {
        int n;

        @Override
        public boolean hasNext() {
            return true;
        }

        @Override
        public String next() {
            return "tick " + n++ + "\n".repeat(1000);
        }

        @Override
        public void close() {
            producerClosed.set(true);
            closed.countDown();
        }
    }

    @BeforeAll
    static void makeFile() throws Exception {
        file = dir.resolve("report 2024.txt");
        Files.writeString(file, "0123456789abcdefghij");
    }

    @RegisterExtension
    static LiveServer server = new LiveServer(() -> Jango.builder(Map.of()).set(SECRET_KEY, "r")
            .set(ALLOWED_HOSTS, List.of("testserver", "127.0.0.1")).urls(
                    path("stream/", (request, kwargs) -> new StreamingResponse(List.of("a", "b", "c").iterator(),
                            "text/plain")),
                    path("ticker/", (request, kwargs) -> new StreamingResponse(new Ticker(), "text/plain")),
                    path("file/", (request, kwargs) -> new FileResponse(file)),
                    path("events/", (request, kwargs) -> new EventStream(emitter -> {
                        emitter.send(EventStream.event("line one\nline two").id("1").name("greeting"));
                        emitter.send("plain");
                    }, Duration.ofMillis(50))))
            .build());

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void streaming_responses_go_out_chunked() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(server.uri("/stream/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.body()).isEqualTo("abc");
        assertThat(response.headers().firstValue("Content-Length")).isEmpty();
    }

    @Test
    void a_client_that_leaves_stops_and_closes_the_producer() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write("GET /ticker/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            assertThat(in.readNBytes(4096)).hasSize(4096);
        }
        assertThat(closed.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(producerClosed).isTrue();
    }

    @Test
    void several_ranges_come_as_multipart_byteranges_over_jetty() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(server.uri("/file/"))
                .header("Range", "bytes=0-1,10-12").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(206);
        String type = response.headers().firstValue("Content-Type").orElseThrow();
        assertThat(type).startsWith("multipart/byteranges; boundary=");
        String boundary = type.substring(type.indexOf('=') + 1);
        assertThat(response.body()).contains("--" + boundary + "\r\nContent-Type: text/plain\r\n"
                + "Content-Range: bytes 0-1/20\r\n\r\n01\r\n").contains("Content-Range: bytes 10-12/20\r\n\r\nabc\r\n")
                .endsWith("--" + boundary + "--\r\n");
        assertThat(response.headers().firstValue("Content-Length")).hasValue(Integer.toString(response.body().length()));
    }

    @Test
    void single_ranges_go_out_over_jetty() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(server.uri("/file/"))
                .header("Range", "bytes=5-9").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(206);
        assertThat(response.body()).isEqualTo("56789");
    }

    @Test
    void server_sent_events_are_framed_with_fields() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(server.uri("/events/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/event-stream; charset=utf-8");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(response.body()).startsWith(": stream open\n\n")
                .contains("id: 1\nevent: greeting\ndata: line one\ndata: line two\n\n")
                .endsWith("data: plain\n\n");
    }
}
