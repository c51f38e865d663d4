package dev.jango.http;

import static dev.jango.conf.CoreSettings.DATA_UPLOAD_MAX_MEMORY_SIZE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.conf.Settings;
import dev.jango.core.exceptions.RequestDataTooBig;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading whole bodies at the edges of dataUploadMaxMemorySize (found by JsonBodyFuzzTest). */
class BodyReaderTest {

    private static final Settings UNLIMITED =
            Settings.builder(Map.of()).set(DATA_UPLOAD_MAX_MEMORY_SIZE, Long.MAX_VALUE).build();

    @Test
    void a_chunked_body_is_read_whole_when_the_limit_is_long_max_value() {
        Request request = Request.from(TestGateway.request("POST", "/", "{\"a\":1}".getBytes(UTF_8)), UNLIMITED);

        assertThat(request.json(Map.class)).isEqualTo(Map.of("a", 1));
    }

    @Test
    void a_declared_length_past_what_an_array_holds_is_a_413_even_when_the_limit_is_long_max_value() {
        Request request = Request.from(TestGateway.request("POST", "/", new byte[] {'1'},
                "Content-Length", "1000000000000"), UNLIMITED);

        assertThatThrownBy(request::body).isExactlyInstanceOf(RequestDataTooBig.class)
                .hasMessageContaining("bodyStream()");
    }
}
