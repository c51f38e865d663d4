package dev.jango.gateway.tck.kit;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.gateway.Application;
import dev.jango.gateway.Body;
import dev.jango.gateway.GatewayResponse;
import dev.jango.gateway.Headers;
import dev.jango.gateway.server.Server;
import dev.jango.gateway.tck.kit.AdapterTestKit.Section;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * TLS (HTTP/1.1, and h2 by ALPN) and cleartext HTTP/2 (h2c by upgrade and by prior knowledge), with the JDK's
 * HttpClient trusting {@link SelfSignedKeyStore}.
 */
abstract class TlsAndHttp2Section extends KitFixture {

    private static final Duration PATIENCE = Duration.ofMillis(PATIENCE_MS);
    private static final byte[] BIG = alphabet(1 << 20);
    private static final Path FILE = write(BIG);

    /** What the gateway saw (scheme, protocol, host); 1 MiB on /big, a file on /file, the body's length on /echo. */
    private static final Application APP = request -> switch (request.rawPath()) {
        case "/big" -> GatewayResponse.of(200, Headers.of("Content-Type", "text/plain"), Body.of(BIG));
        case "/file" -> GatewayResponse.of(200, Headers.of("Content-Type", "text/plain"), Body.file(FILE, BIG.length));
        case "/stream" -> GatewayResponse.of(200, new Headers(), Body.stream(out -> {
            for (int at = 0; at < BIG.length; at += 10_000) {
                out.write(BIG, at, Math.min(10_000, BIG.length - at));
                out.flush();
            }
        }));
        case "/echo" -> {
            try {
                yield text(String.valueOf(request.body().readAllBytes().length));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        default -> text(request.scheme() + " " + request.protocol() + " " + request.headers().get("host"));
    };

    TlsAndHttp2Section(AdapterTestKit kit) {
        super(kit, Section.TLS_AND_HTTP2);
    }

    @Test
    void https_negotiates_h2_by_alpn_and_serves_bytes_files_streams_and_uploads() throws Exception {
        SelfSignedKeyStore tls = SelfSignedKeyStore.get();
        Server server = started(APP, config -> config.withTls(tls.path(), tls.password()).withHttp2(true));
        assertThat(server.uri().toString()).startsWith("https://127.0.0.1:");

        HttpResponse<String> response = get(server.uri(), HttpClient.Version.HTTP_2);

        assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_2);
        assertThat(response.body()).isEqualTo("https HTTP/2.0 127.0.0.1:" + server.port());
        for (String path : List.of("/big", "/file", "/stream")) {
            HttpResponse<byte[]> big = getBytes(server.uri().resolve(path), HttpClient.Version.HTTP_2);
            assertThat(big.version()).isEqualTo(HttpClient.Version.HTTP_2);
            assertThat(digest(big.body())).as("body of %s", path).isEqualTo(digest(BIG));
        }
        assertThat(post(server.uri().resolve("/echo"), HttpClient.Version.HTTP_2).body())
                .isEqualTo(String.valueOf(BIG.length));
        HttpResponse<String> old = get(server.uri(), HttpClient.Version.HTTP_1_1);
        assertThat(old.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
        assertThat(old.body()).startsWith("https HTTP/1.1 ");
    }

    @Test
    void https_without_http2_speaks_http_1_1_and_sends_files_in_chunks() throws Exception {
        SelfSignedKeyStore tls = SelfSignedKeyStore.get();
        Server server = started(APP, config -> config.withTls(tls.path(), tls.password()));

        HttpResponse<String> response = get(server.uri(), HttpClient.Version.HTTP_2);
        HttpResponse<byte[]> fileResponse = getBytes(server.uri().resolve("/file"), HttpClient.Version.HTTP_1_1);

        assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
        assertThat(response.body()).startsWith("https HTTP/1.1 ");
        assertThat(fileResponse.headers().firstValue("content-length")).hasValue(String.valueOf(BIG.length));
        assertThat(digest(fileResponse.body())).isEqualTo(digest(BIG));
    }

    @Test
    void cleartext_upgrades_to_h2c_and_goes_on_with_http_2() throws Exception {
        Server server = started(APP, config -> config.withHttp2(true));
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).connectTimeout(PATIENCE).build();

        HttpResponse<String> first = client.send(HttpRequest.newBuilder(server.uri()).timeout(PATIENCE).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<byte[]> second = client.send(HttpRequest.newBuilder(server.uri().resolve("/big"))
                .timeout(PATIENCE).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(first.version()).isEqualTo(HttpClient.Version.HTTP_2);
        assertThat(first.body()).startsWith("http HTTP/2.0 ");
        assertThat(second.version()).isEqualTo(HttpClient.Version.HTTP_2);
        assertThat(digest(second.body())).isEqualTo(digest(BIG));
    }

    @Test
    void cleartext_http_2_with_prior_knowledge_is_answered_with_settings() throws Exception {
        Server server = started(APP, config -> config.withHttp2(true));

        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.setSoTimeout((int) PATIENCE_MS);
            socket.getOutputStream().write("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".getBytes(ISO_8859_1));
            socket.getOutputStream().write(new byte[] {0, 0, 0, 4, 0, 0, 0, 0, 0}); // an empty SETTINGS frame
            byte[] frameHead = socket.getInputStream().readNBytes(9);

            assertThat(frameHead).hasSize(9);
            assertThat(frameHead[3]).as("type of the server's first frame (4: SETTINGS)").isEqualTo((byte) 4);
        }
    }

    @Test
    void http_2_requests_with_connection_specific_fields_are_reset_with_protocol_error() throws Exception {
        // RFC 9113 8.2.2: such a request is malformed, and 8.1.1: a malformed request is a stream error of type
        // PROTOCOL_ERROR. Only "te: trailers" may pass. The connection goes on serving other streams.
        List<String> paths = new CopyOnWriteArrayList<>();
        Server server = started(request -> {
            paths.add(request.rawPath());
            return text("served");
        }, config -> config.withHttp2(true));
        List<List<String>> forbidden = List.of(List.of("transfer-encoding", "chunked"), List.of("connection", "close"),
                List.of("keep-alive", "timeout=5"), List.of("proxy-connection", "keep-alive"),
                List.of("upgrade", "h2c"), List.of("te", "gzip"));

        try (RawH2 h2 = new RawH2(server.port(), (int) PATIENCE_MS)) {
            int stream = 1;
            List<String> outcomes = new ArrayList<>();
            for (List<String> field : forbidden) {
                h2.get(stream, "/" + field.getFirst(), field.getFirst(), field.getLast());
                outcomes.add(field.getFirst() + " " + h2.outcome(stream));
                stream += 2;
            }
            assertThat(outcomes).as("what became of each request (stream reset with PROTOCOL_ERROR: RST_STREAM %d)",
                    RawH2.PROTOCOL_ERROR).containsExactlyElementsOf(forbidden.stream()
                    .map(field -> field.getFirst() + " RST_STREAM " + RawH2.PROTOCOL_ERROR).toList());
            h2.get(stream, "/te-trailers", "te", "trailers");
            assertThat(h2.outcome(stream)).as("what became of a request with te: trailers")
                    .isEqualTo("HEADERS");
        }
        assertThat(paths).as("requests that reached the application").containsExactly("/te-trailers");
    }

    @Test
    void cleartext_without_http2_ignores_the_upgrade_and_answers_in_http_1_1() throws Exception {
        Server server = started(APP);

        HttpResponse<String> response = get(server.uri(), HttpClient.Version.HTTP_2);

        assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
        assertThat(response.body()).startsWith("http HTTP/1.1 ");
    }

    @Test
    void a_missing_key_store_or_a_wrong_password_fails_before_serving_and_says_which() {
        SelfSignedKeyStore tls = SelfSignedKeyStore.get();

        assertThatThrownBy(() -> started(APP, config -> config.withTls(tls.path().resolveSibling("nope.p12"), "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> started(recording(request -> text("never")),
                config -> config.withTls(tls.path(), "wrong")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(tls.path().toString())
                .hasMessageContaining("password");
        assertThat(events).as("the application, never left started by a server that could not serve")
                .isIn(List.of(), List.of("start", "stop"));
    }

    private static HttpClient client(HttpClient.Version version) {
        return HttpClient.newBuilder().sslContext(SelfSignedKeyStore.get().trusting()).version(version)
                .connectTimeout(PATIENCE).build();
    }

    private static HttpResponse<String> get(URI uri, HttpClient.Version version) throws Exception {
        return client(version).send(HttpRequest.newBuilder(uri).timeout(PATIENCE).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<byte[]> getBytes(URI uri, HttpClient.Version version) throws Exception {
        return client(version).send(HttpRequest.newBuilder(uri).timeout(PATIENCE).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpResponse<String> post(URI uri, HttpClient.Version version) throws Exception {
        return client(version).send(HttpRequest.newBuilder(uri).timeout(PATIENCE)
                .POST(HttpRequest.BodyPublishers.ofByteArray(BIG)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String digest(byte[] bytes) throws NoSuchAlgorithmException {
        return bytes.length + " " + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static byte[] alphabet(int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) ('a' + i % 26);
        }
        return bytes;
    }

    private static Path write(byte[] bytes) {
        try {
            Path file = Files.createTempFile("jango-kit-", ".txt");
            file.toFile().deleteOnExit();
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
