package dev.jango.test.junit;

import static dev.jango.conf.CoreSettings.ALLOWED_HOSTS;
import static dev.jango.conf.CoreSettings.SECRET_KEY;
import static dev.jango.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.Jango;
import dev.jango.MiddlewareStack;
import dev.jango.http.FileResponse;
import dev.jango.http.Response;
import dev.jango.http.StreamingResponse;
import dev.jango.middleware.ContentSecurityPolicyMiddleware;
import dev.jango.middleware.CspPolicy;
import dev.jango.middleware.GZipMiddleware;
import dev.jango.middleware.Middleware;
import dev.jango.middleware.RequestIdMiddleware;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** GZip and CSP in the full default stack on a real Jetty. */
class CompressionAndCspOverJettyTest {

    static final String TEXT = "The quick brown fox jumps over the lazy dog. ".repeat(200);
    static final CountDownLatch FIRST_CHUNK_SEEN = new CountDownLatch(1);
    static Path file;
    static final CspPolicy POLICY = CspPolicy.builder().directive("default-src", CspPolicy.SELF)
            .directive("script-src", CspPolicy.SELF, CspPolicy.NONCE).directive("upgrade-insecure-requests").build();

    @RegisterExtension
    static LiveServer server = new LiveServer(() -> {
        try {
            file = Files.createTempFile("jango-gzip", ".txt");
            Files.writeString(file, TEXT);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<Middleware> stack = MiddlewareStack.defaults()
                .after(RequestIdMiddleware.class, new GZipMiddleware())
                .append(new ContentSecurityPolicyMiddleware(POLICY, null))
                .toList();
        return Jango.builder(Map.of()).set(SECRET_KEY, "g").set(ALLOWED_HOSTS, List.of("127.0.0.1")).middleware(stack)
                .urls(
                        path("text/", (request, kwargs) -> Response.text(TEXT)),
                        path("stream/", (request, kwargs) -> new StreamingResponse(out -> {
                            out.write(("first chunk " + "x".repeat(300) + "\n").getBytes(StandardCharsets.UTF_8));
                            out.flush();
                            try {
                                if (!FIRST_CHUNK_SEEN.await(10, TimeUnit.SECONDS)) {
                                    throw new IllegalStateException("the first chunk never reached the client");
                                }
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                                throw new java.io.InterruptedIOException("interrupted");
                            }
                            out.write("second chunk\n".getBytes(StandardCharsets.UTF_8));
                        }, "text/plain")),
                        path("file/", (request, kwargs) -> new FileResponse(file)))
                .build();
    });

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<InputStream> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    }

    @Test
    void a_large_text_response_is_gzipped_for_clients_that_accept_it_only() throws Exception {
        HttpResponse<InputStream> gzipped = get("/text/", "Accept-Encoding", "gzip;q=1.0, br;q=0");
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gzipped.headers().allValues("Vary").toString()).contains("Accept-Encoding");
        assertThat(gzipped.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(v -> v.startsWith("default-src"));
        try (InputStream in = new GZIPInputStream(gzipped.body())) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(TEXT);
        }
        HttpResponse<InputStream> identity = get("/text/", "Accept-Encoding", "gzip;q=0");
        assertThat(identity.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(new String(identity.body().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(TEXT);
    }

    @Test
    void a_stream_is_compressed_incrementally() throws Exception {
        HttpResponse<InputStream> response = get("/stream/", "Accept-Encoding", "gzip");
        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
        try (InputStream in = new GZIPInputStream(response.body(), 64)) {
            ByteArrayOutputStream first = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) != -1 && b != '\n') {
                first.write(b);
            }
            assertThat(first.toString(StandardCharsets.UTF_8)).startsWith("first chunk");
            FIRST_CHUNK_SEEN.countDown(); // the view only finishes once the client has decompressed this
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("second chunk\n");
        }
    }

    @Test
    void a_ranged_file_request_is_left_alone() throws Exception {
        HttpResponse<InputStream> response = get("/file/", "Accept-Encoding", "gzip", "Range", "bytes=4-8");
        assertThat(response.statusCode()).isEqualTo(206);
        assertThat(response.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(new String(response.body().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("quick");
    }
}
