package dev.jango.http;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HeaderChecksTest {

    @Test
    void accepts_every_rfc_9110_token_character_in_names() {
        assertThatCode(() -> HeaderChecks.check("X-Az09!#$%&'*+-.^_`|~", "v")).doesNotThrowAnyException();
    }

    @Test
    void refuses_names_that_are_not_tokens() {
        for (String name : new String[] {"", "X Y", "X:Y", "X\r\nY", "X(Y)", "X\"Y", "Caf\u00e9", "X\u0100", "X\tY", "X/Y"}) {
            assertThatThrownBy(() -> HeaderChecks.check(name, "v")).as("name %s", name)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void refuses_values_that_would_inject_a_header() {
        for (String value : new String[] {"a\r\nSet-Cookie: x=1", "a\nb", "a\rb", "a\u0000b"}) {
            assertThatThrownBy(() -> HeaderChecks.check("X-Test", value)).as("value %s", value)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("header injection");
        }
        assertThatThrownBy(() -> new Response(200, new byte[0], "text/plain").header("X-Test", "a\r\nb"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void accepts_ordinary_values_with_tabs_and_unicode() {
        assertThatCode(() -> HeaderChecks.check("Content-Disposition", "attachment;\tfilename*=UTF-8''caf%C3%A9"))
                .doesNotThrowAnyException();
    }
}
