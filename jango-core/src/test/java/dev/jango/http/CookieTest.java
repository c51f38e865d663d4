package dev.jango.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.http.Cookie.SameSite;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Expected header values are what Django 5.2's set_cookie renders through Python's http.cookies. */
class CookieTest {

    private static final Clock AT_1700000000 = Clock.fixed(Instant.ofEpochSecond(1_700_000_000), ZoneOffset.UTC);

    @Test
    void a_plain_cookie_has_path_slash_and_nothing_else() {
        assertThat(Cookie.builder("id", "42").build().toHeaderValue()).isEqualTo("id=42; Path=/");
        assertThat(Cookie.builder("id", "42").path(null).build().toHeaderValue()).isEqualTo("id=42");
    }

    @Test
    void every_attribute_renders_in_djangos_order_and_spelling() {
        Cookie cookie = Cookie.builder("id", "42").maxAge(Duration.ofHours(1)).domain("example.com").secure(true)
                .httpOnly(true).sameSite(SameSite.LAX).clock(AT_1700000000).build();
        assertThat(cookie.toHeaderValue()).isEqualTo("id=42; Domain=example.com; expires=Tue, 14 Nov 2023 23:13:20 GMT;"
                + " HttpOnly; Max-Age=3600; Path=/; SameSite=Lax; Secure");
    }

    @Test
    void max_age_sets_expires_from_the_clock_and_is_whole_seconds() {
        Cookie cookie = Cookie.builder("a", "1").maxAge(Duration.ofMillis(90_900)).clock(AT_1700000000).build();
        assertThat(cookie.maxAge()).isEqualTo(Duration.ofSeconds(90));
        assertThat(cookie.expires()).isEqualTo(Instant.ofEpochSecond(1_700_000_090));
    }

    @Test
    void expires_sets_max_age_to_the_seconds_left_rounded_up_and_never_negative() {
        Cookie soon = Cookie.builder("a", "1").expires(Instant.parse("2024-03-05T08:09:10.250Z"))
                .clock(Clock.fixed(Instant.parse("2024-03-05T08:08:00Z"), ZoneOffset.UTC)).build();
        assertThat(soon.toHeaderValue()).isEqualTo("a=1; expires=Tue, 05 Mar 2024 08:09:10 GMT; Max-Age=71; Path=/");
        Cookie past = Cookie.builder("a", "1").expires(Instant.EPOCH).clock(AT_1700000000).build();
        assertThat(past.maxAge()).isEqualTo(Duration.ZERO);
    }

    @Test
    void max_age_and_expires_together_are_refused() {
        assertThatThrownBy(() -> Cookie.builder("a", "1").maxAge(Duration.ofSeconds(1)).expires(Instant.now()).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'a'");
    }

    @Test
    void an_expiry_past_the_year_9999_is_refused() {
        assertThatThrownBy(() -> Cookie.builder("a", "1").maxAge(Duration.ofDays(3_000_000)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("9999");
    }

    @Test
    void values_that_are_not_tokens_are_quoted_with_octal_escapes_like_python() {
        assertThat(CookieSyntax.quote("abc:!#$%&'*+-.^_`|~")).isEqualTo("abc:!#$%&'*+-.^_`|~");
        assertThat(Cookie.builder("a", "").build().toHeaderValue()).isEqualTo("a=\"\"; Path=/");
        assertThat(quoted("a b")).isEqualTo("\"a b\"");
        assertThat(quoted("a;b")).isEqualTo("\"a\\073b\"");
        assertThat(quoted("a,b")).isEqualTo("\"a\\054b\"");
        assertThat(quoted("x\"y")).isEqualTo("\"x\\\"y\"");
        assertThat(quoted("back\\slash")).isEqualTo("\"back\\\\slash\"");
        assertThat(quoted("tab\tx")).isEqualTo("\"tab\\011x\"");
        assertThat(quoted("café")).isEqualTo("\"caf\\351\"");
        assertThat(quoted("{\"a\":1}")).isEqualTo("\"{\\\"a\\\":1}\"");
        assertThat(quoted("/path?q=[x]")).isEqualTo("\"/path?q=[x]\"");
        assertThat(quoted("ü\u007f")).isEqualTo("\"\\374\\177\"");
    }

    @Test
    void every_sendable_character_survives_quoting_and_parsing() {
        StringBuilder all = new StringBuilder();
        for (char c = 1; c <= 0xFF; c++) {
            if (c != '\r' && c != '\n') {
                all.append(c);
            }
        }
        String header = Cookie.builder("all", all.toString()).build().toHeaderValue();
        String sent = header.substring(0, header.indexOf("; Path=/"));
        assertThat(Cookies.parse(sent)).containsEntry("all", all.toString());
    }

    @Test
    void same_site_none_without_secure_is_refused_and_with_secure_is_sent() {
        assertThatThrownBy(() -> Cookie.builder("sid", "1").sameSite(SameSite.NONE).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'sid'").hasMessageContaining("SameSite=None without Secure");
        assertThat(Cookie.builder("sid", "1").sameSite(SameSite.NONE).secure(true).build().toHeaderValue())
                .isEqualTo("sid=1; Path=/; SameSite=None; Secure");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\r", "\n", "\u0000", "\r\nSet-Cookie: evil=1"})
    void line_breaks_and_nul_are_refused_anywhere_naming_the_cookie(String bad) {
        assertThatThrownBy(() -> Cookie.builder("sid", "v" + bad).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'sid'");
        assertThatThrownBy(() -> Cookie.builder("sid", "v").path("/" + bad).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'sid'");
        assertThatThrownBy(() -> Cookie.builder("sid", "v").domain("x" + bad).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'sid'");
        assertThatThrownBy(() -> Cookie.builder("sid" + bad, "v").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sid")
                .hasMessageContaining("CR, LF or NUL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a b", "a;b", "a=b", "a,b", "\"a\"", "é", "Path", "expires", "Max-Age", "SameSite"})
    void names_that_are_not_tokens_or_are_attribute_names_are_refused(String name) {
        assertThatThrownBy(() -> Cookie.builder(name, "v").build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + name + "'");
    }

    @Test
    void a_value_beyond_iso_8859_1_is_refused_with_advice() {
        assertThatThrownBy(() -> Cookie.builder("mood", "✓").build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'mood'").hasMessageContaining("U+2713");
    }

    @Test
    void a_path_or_domain_that_would_end_the_attribute_or_is_not_ascii_is_refused() {
        assertThatThrownBy(() -> Cookie.builder("a", "1").path("/x; Secure").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("path");
        assertThatThrownBy(() -> Cookie.builder("a", "1").domain("exämple.com").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("domain");
    }

    @Test
    void delete_sends_an_empty_value_expired_in_1970_like_delete_cookie() {
        assertThat(Cookie.delete("c", "/", null).toHeaderValue())
                .isEqualTo("c=\"\"; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/");
        assertThat(Cookie.delete("c", "/app", "example.com").toHeaderValue())
                .isEqualTo("c=\"\"; Domain=example.com; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/app");
    }

    @Test
    void delete_is_secure_for_prefixed_names_and_same_site_none() {
        assertThat(Cookie.delete("__Host-id", "/", null).secure()).isTrue();
        assertThat(Cookie.delete("__Secure-id", "/", null).secure()).isTrue();
        assertThat(Cookie.delete("id", "/", null, SameSite.NONE).toHeaderValue())
                .endsWith("; SameSite=None; Secure");
        assertThat(Cookie.delete("id", "/", null, SameSite.LAX).secure()).isFalse();
    }

    @Test
    void with_value_keeps_every_attribute() {
        Cookie cookie = Cookie.builder("a", "1").maxAge(Duration.ofMinutes(1)).httpOnly(true).clock(AT_1700000000)
                .build();
        Cookie changed = cookie.withValue("2");
        assertThat(changed.value()).isEqualTo("2");
        assertThat(changed).usingRecursiveComparison().ignoringFields("value").isEqualTo(cookie);
    }

    @Test
    void to_string_does_not_show_the_value() {
        assertThat(Cookie.builder("sessionid", "s3cret").build().toString()).contains("sessionid")
                .doesNotContain("s3cret");
    }

    private static String quoted(String value) {
        String header = Cookie.builder("n", value).path(null).build().toHeaderValue();
        return header.substring("n=".length());
    }
}
