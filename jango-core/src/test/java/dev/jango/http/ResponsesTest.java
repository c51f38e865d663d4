package dev.jango.http;

import static dev.jango.conf.CoreSettings.SECRET_KEY;
import static dev.jango.conf.CoreSettings.ALLOWED_HOSTS;
import static dev.jango.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.conf.Settings;
import dev.jango.Jango;
import dev.jango.core.exceptions.SuspiciousOperation;
import dev.jango.http.EventStream;
import dev.jango.http.FileResponse;
import dev.jango.http.JsonResponse;
import dev.jango.http.Redirect;
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
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Every response kind, in-process and over Jetty. */
class ResponsesTest {

    record Poll(int id, String question) {}

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

    static Settings settings() {
        return Settings.builder(Map.of()).set(SECRET_KEY, "r").set(ALLOWED_HOSTS, List.of("testserver", "127.0.0.1")).urls(
                path("json/", (request, kwargs) -> new JsonResponse(new Poll(1, "<script>&'</script>"))),
                path("go/", (request, kwargs) -> Redirect.to(request.query().get("to"))),
                path("stream/", (request, kwargs) -> new StreamingResponse(List.of("a", "b", "c").iterator(), "text/plain")),
                path("ticker/", (request, kwargs) -> new StreamingResponse(new Ticker(), "text/plain")),
                path("file/", (request, kwargs) -> new FileResponse(file)),
                path("download/", (request, kwargs) -> FileResponse.attachment(file, "résumé \"final\".txt")),
                path("missing/", (request, kwargs) -> new FileResponse(dir.resolve("nope.txt"))),
                path("events/", (request, kwargs) -> new EventStream(emitter -> {
                    emitter.send(EventStream.event("line one\nline two").id("1").name("greeting"));
                    emitter.send("plain");
                }, Duration.ofMillis(50)))).build();
    }

    @RegisterExtension
    static LiveServer server = new LiveServer(() -> JANGO_APPLICATION_TODO(settings()));

    private final Client client = new Client(JANGO_APPLICATION_TODO(settings()));
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void json_responses_escape_html_significant_characters() {
        ClientResponse response = client.get("/json/");
        assertThat(response.header("Content-Type")).isEqualTo("application/json");
        assertThat(response.text()).isEqualTo("{\"id\":1,\"question\":\"\\u003cscript\\u003e\\u0026\\u0027\\u003c/script\\u003e\"}");
        assertThat(response.json(Poll.class)).isEqualTo(new Poll(1, "<script>&'</script>"));
    }

    @Test
    void redirects_refuse_unsafe_schemes() {
        assertThat(client.get("/go/?to=/polls/").header("Location")).isEqualTo("/polls/");
        assertThat(client.get("/go/?to=https://example.com/").status()).isEqualTo(302);
        assertThat(client.get("/go/?to=javascript:alert(1)").status()).isEqualTo(400);
        assertThat(client.get("/go/?to=%20JavaScript:alert(1)").status()).isEqualTo(400);
        assertThat(client.get("/go/?to=java%09script:alert(1)").status()).isEqualTo(400);
        assertThat(client.get("/go/?to=data:text/html,x").status()).isEqualTo(400);
        assertThatThrownBy(() -> Redirect.of(200, "/")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Redirect.seeOther("/x").status()).isEqualTo(303);
        assertThat(Redirect.permanentKeepingMethod("/x").status()).isEqualTo(308);
        assertThatThrownBy(() -> Redirect.to("vbscript:x")).isInstanceOf(SuspiciousOperation.class);
    }

    @Test
    void streaming_responses_go_out_chunked() throws Exception {
        assertThat(client.get("/stream/").text()).isEqualTo("abc");
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
    void files_carry_type_length_dates_and_disposition() {
        ClientResponse response = client.get("/file/");
        assertThat(response.text()).isEqualTo("0123456789abcdefghij");
        assertThat(response.header("Content-Type")).isEqualTo("text/plain; charset=utf-8");
        assertThat(response.header("Content-Length")).isEqualTo("20");
        assertThat(response.header("Last-Modified")).endsWith("GMT");
        assertThat(response.header("Content-Disposition")).isEqualTo("inline; filename=\"report 2024.txt\"");
        assertThat(client.get("/download/").header("Content-Disposition")).isEqualTo(
                "attachment; filename=\"r_sum_ \\\"final\\\".txt\"; filename*=UTF-8''r%C3%A9sum%C3%A9%20%22final%22.txt");
        assertThat(client.get("/missing/").status()).isEqualTo(404);
    }

    @Test
    void ranges_get_206_and_unsatisfiable_ones_416() {
        ClientResponse one = client.request("GET", "/file/").header("Range", "bytes=2-5").send();
        assertThat(one.status()).isEqualTo(206);
        assertThat(one.text()).isEqualTo("2345");
        assertThat(one.header("Content-Range")).isEqualTo("bytes 2-5/20");
        ClientResponse suffix = client.request("GET", "/file/").header("Range", "bytes=-3").send();
        assertThat(suffix.text()).isEqualTo("hij");
        ClientResponse open = client.request("GET", "/file/").header("Range", "bytes=18-").send();
        assertThat(open.text()).isEqualTo("ij");
        ClientResponse none = client.request("GET", "/file/").header("Range", "bytes=50-60").send();
        assertThat(none.status()).isEqualTo(416);
        assertThat(none.header("Content-Range")).isEqualTo("bytes */20");
        ClientResponse junk = client.request("GET", "/file/").header("Range", "lines=1-2").send();
        assertThat(junk.status()).isEqualTo(200);
        ClientResponse stale = client.request("GET", "/file/").header("Range", "bytes=0-1")
                .header("If-Range", "Wed, 21 Oct 2015 07:28:00 GMT").send();
        assertThat(stale.status()).isEqualTo(200);
        ClientResponse tooMany = client.request("GET", "/file/").header("Range", "bytes="
                + String.join(",", IntStream.range(0, 60).mapToObj(i -> "0-0").toList())).send();
        assertThat(tooMany.status()).isEqualTo(200);
    }

    @Test
    void several_ranges_come_as_multipart_byteranges_over_jetty() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(server.uri("/file/"))
                .header("Range", "bytes=0-1,10-12").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(206);
        String type = response.headers().firstValue("Content-Type").orElseThrow();
        assertThat(type).startsWith("multipart/byteranges; boundary=");
        String boundary = type.substring(type.indexOf('=') + 1);
        assertThat(response.body()).contains("--" + boundary + "\r\nContent-Type: text/plain; charset=utf-8\r\n"
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
