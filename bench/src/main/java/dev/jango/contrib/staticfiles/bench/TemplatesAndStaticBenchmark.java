package dev.jango.contrib.staticfiles.bench;

import static dev.jango.conf.CoreSettings.ALLOWED_HOSTS;
import static dev.jango.conf.CoreSettings.SECRET_KEY;
import static dev.jango.urls.Urls.path;

import dev.jango.Jango;
import dev.jango.MiddlewareStack;
import dev.jango.contrib.staticfiles.StaticFiles;
import dev.jango.gateway.Body;
import dev.jango.gateway.GatewayRequest;
import dev.jango.gateway.GatewayResponse;
import dev.jango.gateway.Headers;
import dev.jango.http.Response;
import dev.jango.template.Templates;
import dev.jango.templates.pebble.PebbleTemplates;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Whole cycle in-process: a Pebble page with a 100-row table (escaping, a {@code url} tag per row), and a
 * small static file (200 and 304).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TemplatesAndStaticBenchmark {

    /** One table row. */
    public record Row(int id, String text, int votes) {}

    private Jango app;
    private String cssUrl;
    private String etag;
    private Path dir;

    @Setup
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("jango-bench-static");
        Files.writeString(dir.resolve("site.css"), "body { font: 14px sans-serif; color: #222; }\n".repeat(40));
        StaticFiles statics = StaticFiles.builder().directory(dir).build();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            rows.add(new Row(i, "Question <" + i + "> & answers", i * 7));
        }
        app = Jango.builder(Map.of()).set(SECRET_KEY, "bench").set(ALLOWED_HOSTS, List.of("localhost"))
                .middleware(MiddlewareStack.empty().install(statics.app()).toList())
                .templateEngine(PebbleTemplates.builder().staticUrls(statics::url).build())
                .urls(path("table/", (request, kwargs) -> Templates.render(request, "table.html",
                                Map.of("title", "Polls", "rows", rows))),
                        path("q/<int:id>/", (request, kwargs) -> Response.text("q"), "detail"))
                .build();
        app.start();
        cssUrl = statics.url("site.css");
        GatewayResponse first = call(cssUrl);
        etag = first.headers().get("ETag");
    }

    @TearDown
    public void tearDown() throws IOException {
        app.stop();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private GatewayResponse call(String path, String... extra) {
        Headers headers = Headers.of("Host", "localhost");
        for (int i = 0; i < extra.length; i += 2) {
            headers.add(extra[i], extra[i + 1]);
        }
        GatewayResponse response = app.call(new GatewayRequest("GET", "http", "", path, "", "HTTP/1.1", headers,
                InputStream.nullInputStream(), new InetSocketAddress("127.0.0.1", 50000),
                new InetSocketAddress("127.0.0.1", 8000)));
        try {
            drain(response);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        response.completion().completed(null);
        return response;
    }

    private static void drain(GatewayResponse response) throws IOException {
        switch (response.body()) {
            case Body.File file -> {
                try (var channel = java.nio.channels.FileChannel.open(file.path())) {
                    channel.transferTo(file.offset(), file.length(), java.nio.channels.Channels.newChannel(
                            OutputStream.nullOutputStream()));
                }
            }
            case Body.Stream stream -> stream.writer().writeTo(OutputStream.nullOutputStream());
            default -> { }
        }
    }

    @Benchmark
    public GatewayResponse table100Rows() {
        return call("/table/");
    }

    @Benchmark
    public GatewayResponse staticFile() {
        return call(cssUrl);
    }

    @Benchmark
    public GatewayResponse staticFileNotModified() {
        return call(cssUrl, "If-None-Match", etag);
    }
}
