package dev.jango.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ResponseTest {

    @Test
    void html_is_the_default_content_type() {
        assertThat(Response.html("<p>hi</p>").contentType()).isEqualTo("text/html; charset=utf-8");
        assertThat(Response.empty(204).contentType()).isEqualTo("text/html; charset=utf-8");
    }

    @Test
    void header_values_with_line_breaks_are_refused_naming_the_header() {
        Response response = Response.text("x");
        assertThatThrownBy(() -> response.header("X-Next", "a\r\nSet-Cookie: evil=1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("X-Next");
        assertThatThrownBy(() -> response.addHeader("Location", "/a\nb"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Location");
        assertThat(response.header("X-Next")).isNull();
    }

    @Test
    void header_names_must_be_tokens() {
        assertThatThrownBy(() -> Response.text("x").header("Bad Name", "v"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Bad Name");
    }

    @Test
    void repeated_headers_are_kept_with_addHeader_and_replaced_with_header() {
        Response response = Response.text("x").addHeader("Set-Cookie", "a=1").addHeader("Set-Cookie", "b=2");
        assertThat(response.headers().getAll("set-cookie")).containsExactly("a=1", "b=2");
        response.header("Set-Cookie", "c=3");
        assertThat(response.headers().getAll("Set-Cookie")).containsExactly("c=3");
    }

    @Test
    void status_outside_100_to_599_is_refused() {
        assertThatThrownBy(() -> Response.text("x").status(600)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Response.empty(99)).isInstanceOf(IllegalArgumentException.class);
    }
}
