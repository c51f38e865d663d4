package dev.jango.http;

import static dev.jango.conf.CoreSettings.DATA_UPLOAD_MAX_MEMORY_SIZE;
import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.jango.conf.Settings;
import dev.jango.gateway.GatewayRequest;
import dev.jango.gateway.Headers;
import java.io.ByteArrayInputStream;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Coverage-guided fuzzing of {@code request.json(type)}: the body read within {@code dataUploadMaxMemorySize}
 * (declared or chunked), then parsed by {@link Json}. Any body and Content-Length are a value or a 4xx
 * ({@code BadRequest}, {@code RequestDataTooBig}); a body within the limit reads as {@link Json#readBody} reads its
 * bytes; and a value read as {@code Object}, written and read again, is written the same (not equal itself:
 * {@code 1e999} reads as infinity, which is written as the string {@code "Infinity"}).
 */
class JsonBodyFuzzTest {

    record Vote(int choice, String voter, List<String> tags, Map<String, Double> scores, boolean anonymous) {}

    private static final List<Class<?>> TYPES = List.of(Vote.class, Map.class, List.class, Object.class, String.class);
    private static final Settings SMALL = Settings.builder(Map.of()).set(DATA_UPLOAD_MAX_MEMORY_SIZE, 4096L).build();
    private static final Settings UNLIMITED =
            Settings.builder(Map.of()).set(DATA_UPLOAD_MAX_MEMORY_SIZE, Long.MAX_VALUE).build();

    /**
     * Input: a flags byte (bits 0-2: the type to read; bit 3: the limit is {@code Long.MAX_VALUE}, else 4096;
     * bits 4-5: no Content-Length, the body's length, or the text before the first {@code ','} as Content-Length),
     * then the body.
     */
    @FuzzTest(maxDuration = "8s")
    void any_body_is_a_value_or_a_client_error_and_round_trips(byte[] input) {
        if (input.length == 0) {
            return;
        }
        int flags = input[0] & 0xFF;
        Class<?> type = TYPES.get((flags & 7) % TYPES.size());
        Settings settings = (flags & 8) != 0 ? UNLIMITED : SMALL;
        byte[] body = Arrays.copyOfRange(input, 1, input.length);
        String contentLength = null;
        switch ((flags >> 4) & 3) {
            case 1 -> contentLength = Integer.toString(body.length);
            case 2 -> {
                int comma = indexOf(body, (byte) ',');
                if (comma >= 0) {
                    contentLength = new String(body, 0, comma, ISO_8859_1);
                    body = Arrays.copyOfRange(body, comma + 1, body.length);
                }
            }
            default -> { }
        }
        Request request = Request.from(gateway(body, contentLength), settings);
        Object value = FuzzContract.valueOrClientError(() -> request.json(type));

        boolean framed = contentLength == null || contentLength.equals(Integer.toString(body.length));
        if (framed && body.length <= settings.get(DATA_UPLOAD_MAX_MEMORY_SIZE)) {
            byte[] bytes = body;
            Object direct = FuzzContract.valueOrClientError(() -> Json.readBody(bytes, type));
            assertThat(Objects.toString(value)).isEqualTo(Objects.toString(direct));
        }
        if (value != null && type == Object.class) {
            String written = Json.write(value);
            assertThat(Json.write(Json.read(written, Object.class))).isEqualTo(written);
        }
    }

    private static GatewayRequest gateway(byte[] body, String contentLength) {
        Headers headers = contentLength == null ? Headers.of("Content-Type", "application/json")
                : Headers.of("Content-Type", "application/json", "Content-Length", contentLength);
        return new GatewayRequest("POST", "http", "", "/vote/", "", "HTTP/1.1", headers,
                new ByteArrayInputStream(body), new InetSocketAddress("127.0.0.1", 50000),
                new InetSocketAddress("127.0.0.1", 8000));
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
