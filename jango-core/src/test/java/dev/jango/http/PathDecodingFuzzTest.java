package dev.jango.http;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.conf.Settings;
import dev.jango.gateway.GatewayRequest;
import dev.jango.gateway.Headers;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.net.InetSocketAddress;
import java.net.URLEncoder;

/**
 * Coverage-guided fuzzing of request paths: any raw path makes a request or a 400, and any decoded path, encoded
 * again, decodes to itself.
 */
class PathDecodingFuzzTest {

    private static final Settings SETTINGS = Settings.builder(java.util.Map.of()).build();

    /** Input: the raw path's bytes as a server passes them (ISO-8859-1 characters, still percent-encoded). */
    @FuzzTest(maxDuration = "8s")
    void any_raw_path_is_a_request_or_a_bad_request_and_round_trips(byte[] input) {
        String rawPath = "/" + new String(input, ISO_8859_1);
        Request request = FuzzContract.valueOrClientError(() -> Request.from(gateway(rawPath), SETTINGS));
        if (request == null) {
            return;
        }
        String path = request.path();
        assertThat(path).isNotNull();
        String encoded = URLEncoder.encode(path, UTF_8).replace("+", "%20").replace("%2F", "/");
        assertThat(PercentDecoding.decodePath(encoded)).isEqualTo(path);
    }

    private static GatewayRequest gateway(String rawPath) {
        return new GatewayRequest("GET", "http", "", rawPath, "", "HTTP/1.1", Headers.of("Host", "testserver"),
                new ByteArrayInputStream(new byte[0]), new InetSocketAddress("127.0.0.1", 50000),
                new InetSocketAddress("127.0.0.1", 8000));
    }
}
