package dev.jango.server.netty;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.gateway.Headers;
import dev.jango.gateway.ReasonPhrases;
import io.netty.buffer.ByteBuf;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The bytes of whole responses, which go out past Netty's encoder: framing and the field checks. */
class WholeResponseTest {

    private static final byte[] BODY = "{\"ok\":true}".getBytes(ISO_8859_1);

    private static String wire(WholeResponse response) {
        ByteBuf bytes = response.bytes;
        try {
            return bytes.toString(ISO_8859_1);
        } finally {
            bytes.release();
        }
    }

    /** The response with the standard reason phrase of {@code status}. */
    private static WholeResponse encode(boolean http11, int status, Headers headers, byte[] body, int offset, int size,
            boolean bodiless, boolean close) {
        return WholeResponse.encode(http11, status, ReasonPhrases.of(status), headers, body, offset, size, bodiless,
                close);
    }

    private static String date() {
        return new String(DateField.line(), ISO_8859_1);
    }

    @Test
    void a_response_is_status_line_fields_date_length_blank_line_and_body() {
        Headers headers = Headers.of("Content-Type", "application/json", "X-Request-Id", "7");
        WholeResponse response = encode(true, 200, headers, BODY, 0, BODY.length, false, false);
        assertThat(response.close).isFalse();
        assertThat(wire(response)).isEqualTo("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Request-Id: 7\r\n"
                + date() + "content-length: 11\r\n\r\n{\"ok\":true}");
    }

    @Test
    void the_applications_date_and_length_are_kept_and_transfer_encoding_is_dropped() {
        Headers headers = Headers.of("Date", "Mon, 01 Jan 2024 00:00:00 GMT", "Content-Length", "11",
                "Transfer-Encoding", "chunked");
        String wire = wire(encode(true, 200, headers, BODY, 0, BODY.length, false, false));
        assertThat(wire).startsWith("HTTP/1.1 200 OK\r\nDate: Mon, 01 Jan 2024 00:00:00 GMT\r\nContent-Length: 11\r\n\r\n")
                .doesNotContainIgnoringCase("transfer-encoding").doesNotContain("date: ");
    }

    @Test
    void bodiless_responses_carry_no_body_and_no_length_of_the_servers() {
        String wire = wire(encode(true, 304, Headers.of("ETag", "\"x\""), BODY, 0, BODY.length, true,
                false));
        assertThat(wire).isEqualTo("HTTP/1.1 304 Not Modified\r\nETag: \"x\"\r\n" + date() + "\r\n");
        assertThat(wire(encode(true, 200, new Headers(), new byte[0], 0, 0, false, false)))
                .endsWith("content-length: 0\r\n\r\n");
    }

    @Test
    void connection_fields_follow_the_version_and_whether_the_connection_closes() {
        WholeResponse closing = encode(true, 200, new Headers(), BODY, 0, BODY.length, false, true);
        assertThat(closing.close).isTrue();
        assertThat(wire(closing)).contains("connection: close\r\n");
        WholeResponse keptOpen10 = encode(false, 200, new Headers(), BODY, 0, BODY.length, false, false);
        assertThat(wire(keptOpen10)).startsWith("HTTP/1.0 200 OK\r\n").contains("connection: keep-alive\r\n");
        WholeResponse asked = encode(true, 200, Headers.of("Connection", "close"), BODY, 0,
                BODY.length, false, false);
        assertThat(asked.close).as("the application's Connection: close closes").isTrue();
        assertThat(wire(asked)).containsOnlyOnce("onnection: close");
    }

    @Test
    void a_large_body_follows_the_head_without_being_copied_and_slices_are_honoured() {
        byte[] large = new byte[100_000];
        Arrays.fill(large, (byte) 'a');
        large[10] = 'b';
        large[large.length - 11] = 'z';
        String wire = wire(encode(true, 200, new Headers(), large, 10, large.length - 20, false,
                false));
        assertThat(wire).contains("content-length: 99980\r\n\r\nb").endsWith("z");
        String small = wire(encode(true, 200, new Headers(), BODY, 1, 4, false, false));
        assertThat(small).endsWith("content-length: 4\r\n\r\n\"ok\"");
    }

    @Test
    void fields_that_would_break_the_head_are_refused_before_anything_is_made() {
        for (String[] field : new String[][] {
            {"X-Evil", "a\r\nSet-Cookie: stolen=1"}, {"X-Evil", "a\nb"}, {"X-Evil", "a\u0000b"}, {"X-Evil", "a\u007fb"},
            {"X-Evil", " leading"}, {"X-Evil", "\tleading"}, {"Bad Name", "v"}, {"Bad:Name", "v"}, {"", "v"},
            {"Näme", "v"}}) {
            assertThatThrownBy(() -> encode(true, 200, Headers.of(field[0], field[1]), BODY, 0,
                    BODY.length, false, false)).as(field[0] + ": " + field[1])
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> encode(true, 600, new Headers(), BODY, 0, BODY.length, false, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tabs_inside_values_and_latin_1_pass_and_wider_characters_go_out_as_question_marks() {
        String wire = wire(encode(true, 200,
                Headers.of("X-Tab", "a\tb", "X-Latin", "caf\u00e9", "X-Wide", "\u20ac5"), BODY, 0, BODY.length, false,
                false));
        assertThat(wire).contains("X-Tab: a\tb\r\n").contains("X-Latin: caf\u00e9\r\n").contains("X-Wide: ?5\r\n");
    }

    @Test
    void the_status_line_carries_the_gateways_phrase_or_the_applications_own() {
        assertThat(wire(encode(true, 413, new Headers(), BODY, 0, 0, false, false)))
                .startsWith("HTTP/1.1 413 Content Too Large\r\n");
        assertThat(wire(encode(true, 299, new Headers(), BODY, 0, 0, false, false)))
                .startsWith("HTTP/1.1 299 Unknown Status Code\r\n");
        assertThat(wire(WholeResponse.encode(false, 418, "Teapot", new Headers(), BODY, 0, 0, false, false)))
                .startsWith("HTTP/1.0 418 Teapot\r\n");
    }
}
