package dev.jango.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GatewayResponseTest {

    @Test
    void a_response_to_head_never_has_a_body_whatever_its_status() {
        for (int status : new int[] {100, 200, 201, 204, 206, 301, 304, 404, 500}) {
            assertThat(GatewayResponse.bodyAllowed("HEAD", status)).as("HEAD %d", status).isFalse();
        }
    }

    @Test
    void informational_no_content_and_not_modified_responses_never_have_a_body() {
        for (String method : new String[] {"GET", "POST", "PUT", "DELETE", "OPTIONS"}) {
            for (int status : new int[] {100, 101, 103, 199, 204, 304}) {
                assertThat(GatewayResponse.bodyAllowed(method, status)).as("%s %d", method, status).isFalse();
            }
        }
    }

    @Test
    void every_other_response_may_have_a_body() {
        for (String method : new String[] {"GET", "POST", "PUT", "DELETE", "OPTIONS", "PATCH", "PROPFIND"}) {
            for (int status : new int[] {200, 201, 202, 203, 205, 206, 300, 301, 302, 303, 305, 307, 400, 404, 500, 599}) {
                assertThat(GatewayResponse.bodyAllowed(method, status)).as("%s %d", method, status).isTrue();
            }
        }
    }

    @Test
    void methods_are_case_sensitive_so_lower_case_head_is_another_method() {
        assertThat(GatewayResponse.bodyAllowed("head", 200)).isTrue();
    }

    @Test
    void a_response_carries_the_standard_reason_phrase_unless_given_another() {
        GatewayResponse standard = GatewayResponse.of(404, new Headers(), Body.empty());
        GatewayResponse teapot = standard.withReasonPhrase("Nothing Here");

        assertThat(standard.reasonPhrase()).isEqualTo("Not Found");
        assertThat(standard.hasCustomReasonPhrase()).isFalse();
        assertThat(teapot.reasonPhrase()).isEqualTo("Nothing Here");
        assertThat(teapot.hasCustomReasonPhrase()).isTrue();
        assertThat(teapot.withCompletion(Completion.NONE).reasonPhrase()).isEqualTo("Nothing Here");
        assertThat(standard.withReasonPhrase("Not Found").hasCustomReasonPhrase()).isFalse();
        assertThat(GatewayResponse.of(299, new Headers(), Body.empty()).reasonPhrase()).isEqualTo("Unknown Status Code");
    }

    @Test
    void a_reason_phrase_that_could_split_the_status_line_is_refused() {
        GatewayResponse response = GatewayResponse.of(200, new Headers(), Body.empty());

        assertThatThrownBy(() -> response.withReasonPhrase("OK\r\nSet-Cookie: stolen=1"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
