package dev.jango.middleware;

import static dev.jango.conf.CoreSettings.DEBUG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.conf.Settings;
import dev.jango.gateway.Body;
import dev.jango.gateway.BodyWriter;
import dev.jango.http.Cookie;
import dev.jango.http.EventStream;
import dev.jango.http.FileResponse;
import dev.jango.http.Request;
import dev.jango.http.Response;
import dev.jango.http.StreamingResponse;
import dev.jango.http.TestGateway;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GZipMiddlewareTest {

    private static final Settings SETTINGS = Settings.builder(Map.of()).set(DEBUG, true).build();
    private static final String LONG = "Jango compresses this sentence well. ".repeat(20);

    private static Request request(String... headers) {
        return Request.from(TestGateway.get("/page", headers), SETTINGS);
    }

    private static Response run(Handler view, String... headers) throws Exception {
        return new GZipMiddleware().wrap(view).handle(request(headers));
    }

    private static String gunzip(byte[] bytes) throws IOException {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static byte[] send(Response response) throws IOException {
        var out = new ByteArrayOutputStream();
        ((Body.Stream) response.body()).writer().writeTo(out);
        return out.toByteArray();
    }

    @Test
    void compresses_a_long_body_for_a_client_that_accepts_gzip() throws Exception {
        Response response = run(r -> Response.text(LONG), "Accept-Encoding", "gzip, deflate, br");
        assertThat(response.header("Content-Encoding")).isEqualTo("gzip");
        assertThat(response.header("Vary")).isEqualTo("Accept-Encoding");
        assertThat(response.header("Content-Length")).isEqualTo(Integer.toString(response.content().length));
        assertThat(response.content().length).isLessThan(LONG.length());
        assertThat(gunzip(response.content())).isEqualTo(LONG);
    }

    @Test
    void reads_accept_encoding_with_q_values_wildcards_case_and_junk() throws Exception {
        for (String accepted : List.of("GZIP", "deflate;q=0.5, gzip;q=0.001", "*", "br, *;q=0.1", "x-gzip",
                "gzip;Q=1.000", ";;, ,gzip", "identity;q=oops, gzip")) {
            assertThat(run(r -> Response.text(LONG), "Accept-Encoding", accepted).header("Content-Encoding"))
                    .as(accepted).isEqualTo("gzip");
        }
        for (String refused : List.of("gzip;q=0", "gzip; q=0.000, *", "*;q=0", "identity", "deflate, br",
                "gzip;q=2", "gzip;q=junk", "gzipped", "")) {
            Response response = run(r -> Response.text(LONG), "Accept-Encoding", refused);
            assertThat(response.header("Content-Encoding")).as(refused).isNull();
            assertThat(response.text()).isEqualTo(LONG);
            assertThat(response.header("Vary")).as("the response still varies").isEqualTo("Accept-Encoding");
        }
        assertThat(run(r -> Response.text(LONG)).header("Content-Encoding")).isNull();
    }

    @Test
    void leaves_short_bodies_alone() throws Exception {
        Response response = run(r -> Response.text("x".repeat(199)), "Accept-Encoding", "gzip");
        assertThat(response.header("Content-Encoding")).isNull();
        assertThat(response.header("Vary")).isNull();
        assertThat(response.text()).hasSize(199);
    }

    @Test
    void leaves_alone_what_is_already_encoded_or_has_no_body() throws Exception {
        Response encoded = run(r -> Response.text(LONG).header("Content-Encoding", "br"), "Accept-Encoding", "gzip");
        assertThat(encoded.header("Content-Encoding")).isEqualTo("br");
        assertThat(encoded.text()).isEqualTo(LONG);
        assertThat(encoded.header("Vary")).isNull();
        for (int status : new int[] {101, 204, 206, 304}) {
            Response response = run(r -> Response.text(status, LONG), "Accept-Encoding", "gzip");
            assertThat(response.header("Content-Encoding")).as("status " + status).isNull();
            assertThat(response.text()).isEqualTo(LONG);
        }
    }

    @Test
    void keeps_the_body_when_compression_does_not_make_it_shorter() throws Exception {
        byte[] noise = new byte[400];
        new java.util.Random(7).nextBytes(noise);
        Response response = run(r -> new Response(200, noise, "application/octet-stream"), "Accept-Encoding", "gzip");
        assertThat(response.header("Content-Encoding")).isNull();
        assertThat(response.content()).isEqualTo(noise);
        assertThat(response.header("Vary")).isEqualTo("Accept-Encoding");
    }

    @Test
    void merges_vary_without_duplicating() throws Exception {
        assertThat(run(r -> Response.text(LONG).header("Vary", "Cookie"), "Accept-Encoding", "gzip").header("Vary"))
                .isEqualTo("Cookie, Accept-Encoding");
        Response twoFields = run(r -> Response.text(LONG).addHeader("Vary", "Cookie").addHeader("Vary", "Origin, "),
                "Accept-Encoding", "gzip");
        assertThat(twoFields.headers().getAll("Vary")).containsExactly("Cookie, Origin, Accept-Encoding");
        assertThat(run(r -> Response.text(LONG).header("Vary", "accept-encoding, Cookie"), "Accept-Encoding", "gzip")
                .header("Vary")).isEqualTo("accept-encoding, Cookie");
        assertThat(run(r -> Response.text(LONG).header("Vary", "*"), "Accept-Encoding", "gzip").header("Vary"))
                .isEqualTo("*");
    }

    @Test
    void weakens_a_strong_etag_and_keeps_a_weak_one() throws Exception {
        assertThat(run(r -> Response.text(LONG).header("ETag", "\"v1\""), "Accept-Encoding", "gzip").header("ETag"))
                .isEqualTo("W/\"v1\"");
        assertThat(run(r -> Response.text(LONG).header("ETag", "W/\"v1\""), "Accept-Encoding", "gzip").header("ETag"))
                .isEqualTo("W/\"v1\"");
        assertThat(run(r -> Response.text(LONG).header("ETag", "\"v1\"")).header("ETag"))
                .as("not compressed, so still strong").isEqualTo("\"v1\"");
    }

    @Test
    void compresses_a_stream_as_it_is_written_each_flush_decompressible() throws Exception {
        String first = "first chunk, sent before the second is produced\n";
        String second = "second chunk\n";
        AtomicReference<String> afterFirstFlush = new AtomicReference<>();
        var wire = new ByteArrayOutputStream();
        BodyWriter writer = out -> {
            out.write(first.getBytes(StandardCharsets.UTF_8));
            out.flush();
            try (var in = new GZIPInputStream(new ByteArrayInputStream(wire.toByteArray()))) {
                afterFirstFlush.set(new String(in.readNBytes(first.length()), StandardCharsets.UTF_8));
            }
            out.write(second.getBytes(StandardCharsets.UTF_8));
            out.flush();
        };
        Response response = run(r -> new StreamingResponse(writer, "text/plain").status(201)
                .header("Content-Length", "63").header("X-Kept", "yes").setCookie(Cookie.delete("c", "/", null)),
                "Accept-Encoding", "gzip");
        assertThat(response.isStreaming()).isTrue();
        assertThat(response.status()).isEqualTo(201);
        assertThat(response.header("Content-Encoding")).isEqualTo("gzip");
        assertThat(response.header("Content-Length")).isNull();
        assertThat(response.header("Content-Type")).isEqualTo("text/plain");
        assertThat(response.header("X-Kept")).isEqualTo("yes");
        assertThat(response.header("Vary")).isEqualTo("Accept-Encoding");
        assertThat(response.cookies()).containsKey("c");
        assertThat(response.body().length()).isEqualTo(-1);
        ((Body.Stream) response.body()).writer().writeTo(wire);
        assertThat(afterFirstFlush.get()).isEqualTo(first);
        assertThat(gunzip(wire.toByteArray())).isEqualTo(first + second);
    }

    @Test
    void compresses_short_streams_and_event_streams() throws Exception {
        Response small = run(r -> new StreamingResponse(List.of("a", "b").iterator(), "text/plain"),
                "Accept-Encoding", "gzip");
        assertThat(gunzip(send(small))).isEqualTo("ab");
        Response events = run(r -> new EventStream(emitter -> emitter.send("hello")), "Accept-Encoding", "gzip");
        assertThat(events.header("Content-Encoding")).isEqualTo("gzip");
        assertThat(events.header("Content-Type")).startsWith("text/event-stream");
        assertThat(events.header("Cache-Control")).isEqualTo("no-cache");
        assertThat(gunzip(send(events))).isEqualTo(": stream open\n\ndata: hello\n\n");
    }

    @Test
    void a_failing_stream_does_not_end_as_a_complete_gzip_body() throws Exception {
        Response response = run(r -> new StreamingResponse(out -> {
            out.write(LONG.getBytes(StandardCharsets.UTF_8));
            out.flush();
            throw new UncheckedIOException(new IOException("producer broke"));
        }, "text/plain"), "Accept-Encoding", "gzip");
        var wire = new ByteArrayOutputStream();
        assertThatThrownBy(() -> ((Body.Stream) response.body()).writer().writeTo(wire))
                .hasMessageContaining("producer broke");
        assertThatThrownBy(() -> gunzip(wire.toByteArray())).isInstanceOf(java.io.EOFException.class);
    }

    @Test
    void leaves_file_responses_alone(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("big.txt"), LONG);
        Response response = run(r -> new FileResponse(file), "Accept-Encoding", "gzip");
        assertThat(response).isInstanceOf(FileResponse.class);
        assertThat(response.header("Content-Encoding")).isNull();
        assertThat(response.header("Content-Length")).isEqualTo(Integer.toString(LONG.length()));
    }

    @Test
    void pads_the_gzip_header_by_a_random_length_against_breach() throws Exception {
        Handler view = r -> Response.text(LONG);
        Set<Integer> lengths = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            Response response = new GZipMiddleware().wrap(view).handle(request("Accept-Encoding", "gzip"));
            assertThat(gunzip(response.content())).isEqualTo(LONG);
            assertThat(response.content()[3] & 0x08).as("FNAME flag").isEqualTo(0x08);
            lengths.add(response.content().length);
        }
        assertThat(lengths).hasSizeGreaterThan(1);
        Set<Integer> unpadded = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            Response response = new GZipMiddleware(0).wrap(view).handle(request("Accept-Encoding", "gzip"));
            assertThat(response.content()[3]).as("no flags").isZero();
            unpadded.add(response.content().length);
        }
        assertThat(unpadded).hasSize(1);
        assertThatThrownBy(() -> new GZipMiddleware(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
