package dev.jango.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryDictTest {

    @Test
    void get_returns_the_last_value_and_getList_all_in_order() {
        QueryDict q = QueryDict.parse("a=1&b=2&a=3");
        assertThat(q.get("a")).isEqualTo("3");
        assertThat(q.getList("a")).containsExactly("1", "3");
        assertThat(q.keys()).containsExactly("a", "b");
        assertThat(q.size()).isEqualTo(3);
    }

    @Test
    void plus_is_a_space_and_escapes_decode_as_utf8() {
        QueryDict q = QueryDict.parse("q=caf%C3%A9+au+lait&x%20y=%2B");
        assertThat(q.get("q")).isEqualTo("café au lait");
        assertThat(q.get("x y")).isEqualTo("+");
    }

    @Test
    void invalid_utf8_becomes_replacement_character() {
        assertThat(QueryDict.parse("q=%FF%FE").get("q")).isEqualTo("\uFFFD\uFFFD");
    }

    @Test
    void malformed_escapes_are_kept_as_written() {
        QueryDict q = QueryDict.parse("a=100%&b=%zz&c=%4");
        assertThat(q.get("a")).isEqualTo("100%");
        assertThat(q.get("b")).isEqualTo("%zz");
        assertThat(q.get("c")).isEqualTo("%4");
    }

    @Test
    void blank_values_and_names_without_equals_are_kept() {
        QueryDict q = QueryDict.parse("a=&b&&c=1");
        assertThat(q.get("a")).isEmpty();
        assertThat(q.get("b")).isEmpty();
        assertThat(q.get("c")).isEqualTo("1");
        assertThat(q.size()).isEqualTo(3);
    }

    @Test
    void missing_names_give_null_or_the_fallback() {
        QueryDict q = QueryDict.parse("");
        assertThat(q.isEmpty()).isTrue();
        assertThat(q.get("x")).isNull();
        assertThat(q.get("x", "d")).isEqualTo("d");
        assertThat(q.getList("x")).isEmpty();
    }
}
