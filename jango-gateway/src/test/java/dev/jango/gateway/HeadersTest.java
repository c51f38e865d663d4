package dev.jango.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeadersTest {

    @Test
    void fields_keep_the_order_they_were_added_in_repeats_included() {
        Headers headers = Headers.of("Set-Cookie", "a=1", "Content-Type", "text/plain", "set-cookie", "b=2");

        List<String> seen = new ArrayList<>();
        headers.forEach((name, value) -> seen.add(name + ": " + value));

        assertThat(seen).containsExactly("Set-Cookie: a=1", "Content-Type: text/plain", "set-cookie: b=2");
        assertThat(headers.size()).isEqualTo(3);
        assertThat(headers.name(2)).isEqualTo("set-cookie");
        assertThat(headers.value(2)).isEqualTo("b=2");
    }

    @Test
    void get_ignores_case_and_returns_the_first_value() {
        Headers headers = Headers.of("X-Thing", "first", "x-thing", "second");

        assertThat(headers.get("X-THING")).isEqualTo("first");
        assertThat(headers.get("x-thing")).isEqualTo("first");
        assertThat(headers.get("X-Other")).isNull();
    }

    @Test
    void get_all_ignores_case_keeps_order_and_is_empty_when_absent() {
        Headers headers = Headers.of("Accept", "a", "Vary", "v", "ACCEPT", "b", "accept", "c");

        assertThat(headers.getAll("accept")).containsExactly("a", "b", "c");
        assertThat(headers.getAll("Missing")).isEmpty();
        assertThatThrownBy(() -> headers.getAll("Accept").add("d")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void contains_ignores_case() {
        Headers headers = Headers.of("Content-Length", "3");

        assertThat(headers.contains("content-length")).isTrue();
        assertThat(headers.contains("CONTENT-LENGTH")).isTrue();
        assertThat(headers.contains("Content-Type")).isFalse();
    }

    @Test
    void set_replaces_every_field_of_that_name_in_place_of_the_first() {
        Headers headers = Headers.of("A", "1", "X-Dup", "old1", "B", "2", "x-dup", "old2", "C", "3");

        headers.set("X-DUP", "new");

        assertThat(headers.toString()).isEqualTo("Headers[A: 1, X-Dup: new, B: 2, C: 3]");
        assertThat(headers.getAll("x-dup")).containsExactly("new");
    }

    @Test
    void set_appends_when_the_name_is_absent() {
        Headers headers = Headers.of("A", "1");

        headers.set("B", "2");

        assertThat(headers.toString()).isEqualTo("Headers[A: 1, B: 2]");
    }

    @Test
    void remove_drops_every_field_of_that_name_ignoring_case_and_says_whether_it_did() {
        Headers headers = Headers.of("Cookie", "a", "Host", "h", "COOKIE", "b", "Accept", "*/*");

        assertThat(headers.remove("cookie")).isTrue();
        assertThat(headers.remove("cookie")).isFalse();

        assertThat(headers.toString()).isEqualTo("Headers[Host: h, Accept: */*]");
        assertThat(headers.size()).isEqualTo(2);
    }

    @Test
    void names_are_distinct_in_first_seen_order_and_spelled_as_first_added() {
        Headers headers = Headers.of("Set-Cookie", "a", "Vary", "x", "SET-COOKIE", "b", "vary", "y", "Date", "d");

        assertThat(headers.names()).containsExactly("Set-Cookie", "Vary", "Date");
    }

    @Test
    void grows_past_its_initial_capacity_without_losing_fields() {
        Headers headers = new Headers(1);
        for (int i = 0; i < 100; i++) {
            headers.add("X-H" + i, "v" + i);
        }

        assertThat(headers.size()).isEqualTo(100);
        for (int i = 0; i < 100; i++) {
            assertThat(headers.name(i)).isEqualTo("X-H" + i);
            assertThat(headers.get("x-h" + i)).isEqualTo("v" + i);
        }
    }

    @Test
    void a_copy_is_independent_of_the_original() {
        Headers original = Headers.of("A", "1", "B", "2");

        Headers copy = original.copy();
        copy.add("C", "3");
        copy.set("A", "changed");
        original.remove("B");
        for (int i = 0; i < 20; i++) {
            original.add("X" + i, "y");
        }

        assertThat(copy.toString()).isEqualTo("Headers[A: changed, B: 2, C: 3]");
        assertThat(original.get("A")).isEqualTo("1");
        assertThat(original.contains("C")).isFalse();
        assertThat(original.size()).isEqualTo(21);
    }

    @Test
    void a_copy_of_empty_headers_can_grow() {
        Headers copy = new Headers().copy();
        for (int i = 0; i < 10; i++) {
            copy.add("X" + i, "y");
        }

        assertThat(copy.size()).isEqualTo(10);
    }

    @Test
    void index_access_outside_the_fields_is_refused() {
        Headers headers = Headers.of("A", "1");

        assertThatThrownBy(() -> headers.name(1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> headers.value(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void null_names_and_values_are_refused_with_the_header_named() {
        Headers headers = new Headers();

        assertThatThrownBy(() -> headers.add(null, "v")).isInstanceOf(NullPointerException.class)
                .hasMessage("header name");
        assertThatThrownBy(() -> headers.add("X-Thing", null)).isInstanceOf(NullPointerException.class)
                .hasMessage("value of header X-Thing");
        assertThatThrownBy(() -> headers.set("X-Thing", null)).isInstanceOf(NullPointerException.class);
        assertThat(headers.isEmpty()).isTrue();
    }

    @Test
    void of_refuses_an_odd_number_of_strings() {
        assertThatThrownBy(() -> Headers.of("A", "1", "B")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pairs");
    }

    @Test
    void join_gives_every_value_of_a_name_joined_or_the_only_one_as_it_is() {
        String only = "text/html";
        Headers headers = Headers.of("Accept", only, "X-A", "1", "x-a", "2", "X-A", "3");

        assertThat(headers.join("accept", ",")).isSameAs(only);
        assertThat(headers.join("X-A", ", ")).isEqualTo("1, 2, 3");
        assertThat(headers.join("X-Missing", ",")).isNull();
    }
}
