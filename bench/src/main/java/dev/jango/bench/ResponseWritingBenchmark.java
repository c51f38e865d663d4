package dev.jango.bench;

import static dev.jango.conf.CoreSettings.ALLOWED_HOSTS;
import static dev.jango.conf.CoreSettings.SECRET_KEY;
import static dev.jango.urls.Urls.path;

import dev.jango.Jango;
import dev.jango.gateway.Body;
import dev.jango.gateway.GatewayRequest;
import dev.jango.gateway.GatewayResponse;
import dev.jango.gateway.Headers;
import dev.jango.http.Cookie;
import dev.jango.http.JsonResponse;
import dev.jango.http.Response;
import dev.jango.http.StreamingResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Writing a response, whole cycle in-process: the view builds it, the cycle turns it into a gateway response (headers
 * checked, cookies rendered, length set), and its body is written out as a server adapter writes it, to a null
 * stream. Kinds: a 2 KB JSON document of records with a cookie, and a streamed body of 16 chunks of 1 KB.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ResponseWritingBenchmark {

    /** One item of the JSON document. */
    public record Item(int id, String name, String description, List<String> tags) {}

    @Param({"json2KbWithCookie", "stream16x1Kb"})
    public String kind;

    private Jango app;
    private GatewayRequest request;

    @Setup
    public void setUp() {
        List<Item> items = new java.util.ArrayList<>();
        for (int i = 0; i < 16; i++) {
            items.add(new Item(i, "Item " + i, "An item with a description long enough to matter <" + i + ">",
                    List.of("a", "b", "tag-" + i)));
        }
        Map<String, Object> document = Map.of("items", items, "count", items.size());
        byte[] chunk = new byte[1024];
        java.util.Arrays.fill(chunk, (byte) 'x');
        app = Jango.builder(Map.of()).set(SECRET_KEY, "bench-secret").set(ALLOWED_HOSTS, List.of("localhost"))
                .urls(path("json", (req, kwargs) -> {
                            Response response = new JsonResponse(document);
                            response.setCookie(Cookie.builder("seen", "1").maxAge(java.time.Duration.ofHours(1)).httpOnly(true).build());
                            return response;
                        }),
                        path("stream", (req, kwargs) -> new StreamingResponse(out -> {
                            for (int i = 0; i < 16; i++) {
                                out.write(chunk);
                                out.flush();
                            }
                        }, "application/octet-stream")))
                .build();
        app.start();
        String target = kind.startsWith("json") ? "/json" : "/stream";
        request = new GatewayRequest("GET", "http", "", target, "", "HTTP/1.1",
                Headers.of("Host", "localhost", "Accept", "*/*"), InputStream.nullInputStream(),
                new InetSocketAddress("127.0.0.1", 50000), new InetSocketAddress("127.0.0.1", 8000));
    }

    @TearDown
    public void tearDown() {
        app.stop();
    }

    @Benchmark
    public int write() throws IOException {
        GatewayResponse response = app.call(request);
        int headers = response.headers().size();
        switch (response.body()) {
            case Body.Bytes bytes -> OutputStream.nullOutputStream().write(bytes.bytes(), bytes.offset(), bytes.size());
            case Body.Stream stream -> stream.writer().writeTo(OutputStream.nullOutputStream());
            default -> throw new IllegalStateException("unexpected body " + response.body());
        }
        response.completion().completed(null);
        return headers;
    }
}
