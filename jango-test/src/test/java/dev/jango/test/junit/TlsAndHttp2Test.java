package dev.jango.test.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.gateway.Application;
import dev.jango.gateway.Body;
import dev.jango.gateway.GatewayResponse;
import dev.jango.gateway.Headers;
import dev.jango.server.jetty.JettyServer;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Jetty adapter over TLS (HTTP/1.1 and h2 by ALPN) and cleartext HTTP/2 (h2c), with a real client. */
class TlsAndHttp2Test {

    private static final String PASSWORD = "changeit";
    @TempDir
    static Path dir;
    private static Path keyStore;
    private static SSLContext trusting;
    private final List<JettyServer> servers = new ArrayList<>();

    /** Whatever the gateway saw: scheme and protocol, and a 1 MiB body on /big. */
    private static final Application APP = request -> {
        Headers headers = new Headers();
        if (request.rawPath().equals("/echo")) {
            try {
                byte[] echoed = request.body().readAllBytes();
                headers.add("Content-Type", "application/octet-stream");
                return GatewayResponse.of(200, headers, new Body.Bytes(echoed, 0, echoed.length));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        if (request.rawPath().equals("/big")) {
            byte[] big = new byte[1 << 20];
            for (int i = 0; i < big.length; i++) {
                big[i] = (byte) ('a' + i % 26);
            }
            headers.add("Content-Type", "text/plain");
            return GatewayResponse.of(200, headers, new Body.Bytes(big, 0, big.length));
        }
        byte[] text = (request.scheme() + " " + request.protocol()).getBytes(StandardCharsets.UTF_8);
        headers.add("Content-Type", "text/plain");
        return GatewayResponse.of(200, headers, new Body.Bytes(text, 0, text.length));
    };

    @BeforeAll
    static void makeCertificate() throws Exception {
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
        servers.forEach(JettyServer::stop);
    }

    private JettyServer start(JettyServer.Builder builder) {
        JettyServer server = builder.host("127.0.0.1").port(0).banner(line -> {}).build().start();
        servers.add(server);
        return server;
    }

    private static HttpResponse<String> get(URI uri, HttpClient.Version version) throws Exception {
        HttpClient client = HttpClient.newBuilder().sslContext(trusting).version(version).build();
        return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void https_negotiates_h2_by_alpn() throws Exception {
        JettyServer server = start(JettyServer.builder(APP).tls(keyStore, PASSWORD).http2(true));
        assertThat(server.uri().toString()).startsWith("https://127.0.0.1:");
        HttpResponse<String> response = get(server.uri(), HttpClient.Version.HTTP_2);
        assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_2);
        assertThat(response.body()).isEqualTo("https HTTP/2.0");
        HttpResponse<String> big = get(server.uri().resolve("/big"), HttpClient.Version.HTTP_2);
        assertThat(big.body()).hasSize(1 << 20).startsWith("abcdefghijklmnopqrstuvwxyzabc");
        HttpResponse<String> old = get(server.uri(), HttpClient.Version.HTTP_1_1);
        assertThat(old.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
        assertThat(old.body()).isEqualTo("https HTTP/1.1");
    }

    @Test
    void https_without_http2_speaks_http_1_1() throws Exception {
        JettyServer server = start(JettyServer.builder(APP).tls(keyStore, PASSWORD));
        HttpResponse<String> response = get(server.uri(), HttpClient.Version.HTTP_2);
        assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
        assertThat(response.body()).isEqualTo("https HTTP/1.1");
    }

    @Test
    void cleartext_upgrades_to_h2c() throws Exception {
        JettyServer server = start(JettyServer.builder(APP).http2(true));
        HttpResponse<String> response = get(server.uri(), HttpClient.Version.HTTP_2);
        assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_2);
        assertThat(response.body()).isEqualTo("http HTTP/2.0");
    }

    @Test
    void an_h2_request_body_without_a_length_reaches_the_application_whole() throws Exception {
        JettyServer server = start(JettyServer.builder(APP).tls(keyStore, PASSWORD).http2(true));
        byte[] sent = new byte[300_000];
        new java.util.Random(3).nextBytes(sent);
        HttpClient client = HttpClient.newBuilder().sslContext(trusting).version(HttpClient.Version.HTTP_2).build();
        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(server.uri().resolve("/echo"))
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(sent)))
                        .build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_2);
        assertThat(response.body()).isEqualTo(sent);
    }

    @Test
    void a_missing_key_store_fails_at_configuration() {
        assertThatThrownBy(() -> JettyServer.builder(APP).tls(dir.resolve("nope.p12"), "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not exist");
    }
}
