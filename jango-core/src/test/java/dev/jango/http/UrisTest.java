package dev.jango.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrisTest {

    @Test
    void non_ascii_is_percent_encoded_as_utf8() {
        assertThat(Uris.iriToUri("/café/")).isEqualTo("/caf%C3%A9/");
        assertThat(Uris.iriToUri("/I ♥ Django/")).isEqualTo("/I%20%E2%99%A5%20Django/");
        assertThat(Uris.iriToUri("/€?q=😀")).isEqualTo("/%E2%82%AC?q=%F0%9F%98%80");
    }

    @Test
    void reserved_and_unreserved_characters_and_escapes_are_kept() {
        String uri = "https://user@example.com:8443/a-b_c.d~e/%20;x=1,2?q=(a)&r=$!*'+[0]#frag";

        assertThat(Uris.iriToUri(uri)).isSameAs(uri);
    }

    @Test
    void control_characters_quotes_and_other_unsafe_ascii_are_encoded() {
        assertThat(Uris.iriToUri("/a\r\nSet-Cookie: x=1")).isEqualTo("/a%0D%0ASet-Cookie:%20x=1");
        assertThat(Uris.iriToUri("/nul\0/tab\t")).isEqualTo("/nul%00/tab%09");
        assertThat(Uris.iriToUri("/\"<>\\^`{|}")).isEqualTo("/%22%3C%3E%5C%5E%60%7B%7C%7D");
        assertThat(Uris.iriToUri("/lone\ud800")).isEqualTo("/lone%3F");
        assertThat(Uris.iriToUri(null)).isNull();
    }
}
