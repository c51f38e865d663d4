package dev.jango.server.netty;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.gateway.Application;
import dev.jango.gateway.Body;
import dev.jango.gateway.GatewayResponse;
import dev.jango.gateway.Headers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Netty adapter over TLS (HTTP/1.1, and h2 by ALPN) and cleartext HTTP/2 (h2c by upgrade and by prior
 * knowledge), with the JDK's HttpClient trusting a key store made by keytool for the test.
 */
class NettyTlsAndHttp2Test {

    private static final String PASSWORD = "changeit";
    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final byte[] BIG = new byte[1 << 20];

    @TempDir
    static Path dir;
    private static Path keyStore;
    private static Path file;
    private static SSLContext trusting;
    private final List<NettyServer> servers = new ArrayList<>();

    /** What the gateway saw (scheme, protocol); 1 MiB on /big, a file on /file, the body's length on /echo. */
    private static final Application APP = request -> switch (request.rawPath()) {
        case "/big" -> GatewayResponse.of(200, Headers.of("Content-Type", "text/plain"), Body.of(BIG));
        case "/file" -> GatewayResponse.of(200, Headers.of("Content-Type", "text/plain"), Body.file(file, BIG.length));
        case "/stream" -> GatewayResponse.of(200, new Headers(), Body.stream(out -> {
            for (int at = 0; at < BIG.length; at += 10_000) {
                out.write(BIG, at, Math.min(10_000, BIG.length - at));
                out.flush();
            }
        }));
        case "/echo" -> {
            try {
                yield NettyServerTest.text(String.valueOf(request.body().readAllBytes().length));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        default -> NettyServerTest.text(request.scheme() + " " + request.protocol() + " " + request.headers().get("host"));
    };

    @BeforeAll
    static void makeCertificateAndFile() throws Exception {
        for (int i = 0; i < BIG.length; i++) {
            BIG[i] = (byte) ('a' + i % 26);
        }
        file = Files.write(dir.resolve("big.txt"), BIG);
        keyStore = dir.resolve("server.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "san=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", keyStore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
                .redirectErrorStream(true).start();
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(new String(keytool.getInputStream().readAllBytes())).isZero();
        KeyStore trust = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            trust.load(in, PASSWORD.toCharArray());
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        trusting = SSLContext.getInstance("TLS");
        trusting.init(null, factory.getTrustManagers(), null);
    }

    @AfterEach
    void stop() {
        servers.forEach(NettyServer::stop);
    }

    @Test
    void https_negotiates_h2_by_alpn_and_serves_bytes_files_streams_and_uploads() throws Exception {
        NettyServer server = start(NettyServer.builder(APP).tls(keyStore, PASSWORD).http2(true));
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
        NettyServer server = start(NettyServer.builder(APP).tls(keyStore, PASSWORD));

        HttpResponse<String> response = get(server.uri(), HttpClient.Version.HTTP_2);
        HttpResponse<byte[]> fileResponse = getBytes(server.uri().resolve("/file"), HttpClient.Version.HTTP_1_1);

        assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
        assertThat(response.body()).startsWith("https HTTP/1.1 ");
        assertThat(fileResponse.headers().firstValue("content-length")).hasValue(String.valueOf(BIG.length));
        assertThat(digest(fileResponse.body())).isEqualTo(digest(BIG));
    }

    @Test
    void cleartext_upgrades_to_h2c_and_goes_on_with_http_2() throws Exception {
        NettyServer server = start(NettyServer.builder(APP).http2(true));
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
        NettyServer server = start(NettyServer.builder(APP).http2(true));

        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.setSoTimeout((int) PATIENCE.toMillis());
            socket.getOutputStream().write("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".getBytes(ISO_8859_1));
            socket.getOutputStream().write(new byte[] {0, 0, 0, 4, 0, 0, 0, 0, 0}); // an empty SETTINGS frame
            byte[] frameHead = socket.getInputStream().readNBytes(9);

            assertThat(frameHead).hasSize(9);
            assertThat(frameHead[3]).as("type of the server's first frame (4: SETTINGS)").isEqualTo((byte) 4);
        }
    }

    @Test
    void cleartext_without_http2_ignores_the_upgrade_and_answers_in_http_1_1() throws Exception {
        NettyServer server = start(NettyServer.builder(APP));

        HttpResponse<String> response = get(server.uri(), HttpClient.Version.HTTP_2);

        assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
        assertThat(response.body()).startsWith("http HTTP/1.1 ");
    }

    @Test
    void a_missing_key_store_or_a_wrong_password_fails_at_configuration() {
        assertThatThrownBy(() -> NettyServer.builder(APP).tls(dir.resolve("nope.p12"), "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> NettyServer.builder(APP).tls(keyStore, "wrong").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(keyStore.toString())
                .hasMessageContaining("password");
    }

    private NettyServer start(NettyServer.Builder builder) {
        NettyServer server = builder.host("127.0.0.1").port(0).banner(line -> {}).build().start();
        servers.add(server);
        return server;
    }

    private static HttpClient client(HttpClient.Version version) {
        return HttpClient.newBuilder().sslContext(trusting).version(version).connectTimeout(PATIENCE).build();
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

    private static String digest(byte[] bytes) throws Exception {
        return bytes.length + " " + HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(Arrays.copyOf(bytes, bytes.length)));
    }
}
