package dev.jango.server.support;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ResponseFieldsTest {

    @Test
    void ordinary_fields_pass_tabs_and_latin1_included() {
        assertThatCode(() -> ResponseFields.check("X-Custom_1.a~", "a\tb; c=\"d\" é")).doesNotThrowAnyException();
        assertThatCode(() -> ResponseFields.check("Empty", "")).doesNotThrowAnyException();
    }

    @Test
    void a_line_break_nul_or_del_in_a_value_is_refused_naming_the_field() {
        for (String value : new String[] {"a\r\nSet-Cookie: x=1", "a\nb", "a\0b", "a\u007Fb", "a\u0001b"}) {
            assertThatThrownBy(() -> ResponseFields.check("X-Echo", value))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("X-Echo");
        }
    }

    @Test
    void leading_white_space_is_refused_but_inner_spaces_pass() {
        assertThatThrownBy(() -> ResponseFields.check("X-A", " a")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ResponseFields.check("X-A", "\ta")).isInstanceOf(IllegalArgumentException.class);
        assertThatCode(() -> ResponseFields.check("X-A", "a b")).doesNotThrowAnyException();
    }

    @Test
    void a_name_that_is_not_a_token_is_refused() {
        for (String name : new String[] {"", "X A", "X:A", "X\r\nA", "Ä", "X(A)"}) {
            assertThatThrownBy(() -> ResponseFields.check(name, "v")).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
