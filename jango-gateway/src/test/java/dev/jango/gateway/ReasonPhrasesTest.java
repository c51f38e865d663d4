package dev.jango.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReasonPhrasesTest {

    @Test
    void standard_codes_have_the_phrases_of_python_http_status() {
        assertThat(ReasonPhrases.of(200)).isEqualTo("OK");
        assertThat(ReasonPhrases.of(404)).isEqualTo("Not Found");
        assertThat(ReasonPhrases.of(413)).isEqualTo("Content Too Large");
        assertThat(ReasonPhrases.of(418)).isEqualTo("I'm a Teapot");
        assertThat(ReasonPhrases.of(422)).isEqualTo("Unprocessable Content");
        assertThat(ReasonPhrases.of(451)).isEqualTo("Unavailable For Legal Reasons");
        assertThat(ReasonPhrases.of(511)).isEqualTo("Network Authentication Required");
    }

    @Test
    void an_unknown_code_is_unknown_status_code_as_in_django() {
        for (int status : new int[] {299, 419, 499, 599, 999, -1}) {
            assertThat(ReasonPhrases.of(status)).as("%d", status).isEqualTo("Unknown Status Code");
        }
    }

    @Test
    void the_same_instance_comes_back_so_servers_may_compare_by_identity() {
        assertThat(ReasonPhrases.of(404)).isSameAs(ReasonPhrases.of(404));
    }

    @Test
    void a_phrase_with_a_line_break_or_other_invisible_character_is_refused() {
        for (String bad : new String[] {"Bad\r\nSet-Cookie: a=1", "Bad\n", "nul\0", "del\u007f", "caf\u00e9", "bell\u0007"}) {
            assertThatThrownBy(() -> ReasonPhrases.check(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("visible ASCII");
        }
        assertThat(ReasonPhrases.check("Tea\tpot, short and stout!")).isEqualTo("Tea\tpot, short and stout!");
        assertThat(ReasonPhrases.check("")).isEmpty();
    }
}
