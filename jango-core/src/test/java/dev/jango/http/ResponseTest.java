package dev.jango.http;

import static dev.jango.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.Jango;
import dev.jango.conf.CoreSettings;
import dev.jango.gateway.GatewayResponse;
import java.util.List;
import java.util.Map;
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

    @Test
    void the_reason_phrase_is_the_standard_one_unless_set_as_djangos_reason_phrase() {
        assertThat(Response.text("x").reasonPhrase()).isEqualTo("OK");
        assertThat(Response.text(413, "x").reasonPhrase()).isEqualTo("Content Too Large");
        assertThat(Response.text(299, "x").reasonPhrase()).isEqualTo("Unknown Status Code");
        Response teapot = Response.text(418, "short and stout").reasonPhrase("Teapot");
        assertThat(teapot.reasonPhrase()).isEqualTo("Teapot");
        assertThat(teapot.reasonPhrase(null).reasonPhrase()).isEqualTo("I'm a Teapot");
    }

    @Test
    void a_reason_phrase_with_a_line_break_or_invisible_character_is_refused_when_set() {
        for (String bad : new String[] {"OK\r\nSet-Cookie: a=1", "OK\n", "nul\0", "caf\u00e9", "del\u007f"}) {
            assertThatThrownBy(() -> Response.text("x").reasonPhrase(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void the_reason_phrase_reaches_the_gateway() {
        Jango app = Jango.builder(Map.of()).set(CoreSettings.SECRET_KEY, "r")
                .set(CoreSettings.ALLOWED_HOSTS, List.of("127.0.0.1"))
                .urls(path("tea/", (request, kwargs) -> Response.text(418, "no").reasonPhrase("Teapot")),
                        path("plain/", (request, kwargs) -> Response.text(299, "?")))
                .build();

        GatewayResponse tea = app.call(TestGateway.get("/tea/", "Host", "127.0.0.1"));
        GatewayResponse plain = app.call(TestGateway.get("/plain/", "Host", "127.0.0.1"));

        assertThat(tea.status()).isEqualTo(418);
        assertThat(tea.reasonPhrase()).isEqualTo("Teapot");
        assertThat(plain.reasonPhrase()).isEqualTo("Unknown Status Code");
        assertThat(plain.hasCustomReasonPhrase()).isFalse();
    }
}
