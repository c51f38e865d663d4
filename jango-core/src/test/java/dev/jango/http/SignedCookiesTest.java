package dev.jango.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.core.signing.BadSignature;
import dev.jango.core.signing.SignatureExpired;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignedCookiesTest {

    private static final String KEY = "jango-test-secret-key-0123456789";
    private static final Instant NOW = Instant.ofEpochSecond(1_700_000_000);
    private static final SignedCookies COOKIES = at(NOW);

    private static SignedCookies at(Instant now) {
        return SignedCookies.of(KEY, List.of(), Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void signs_like_djangos_set_signed_cookie() {
        // Django: response.set_signed_cookie("theme", "dark", salt="prefs") at epoch second 1700000000.
        assertThat(COOKIES.sign("theme", "dark", "prefs"))
                .isEqualTo("dark:1r31eq:_69S-q00WfHG7pl7ZGQD6wngorAriYaJcK3UhPPn7yc");
    }

    @Test
    void a_signed_value_round_trips_for_its_name_and_salt() {
        String signed = COOKIES.sign("theme", "dark:blue", "");
        assertThat(COOKIES.unsign("theme", signed, "", null)).isEqualTo("dark:blue");
        assertThat(COOKIES.get(Map.of("theme", signed), "theme", "", Duration.ofMinutes(5))).contains("dark:blue");
    }

    @Test
    void a_tampered_value_another_name_or_another_salt_is_refused() {
        String signed = COOKIES.sign("user", "7", "auth");
        assertThatThrownBy(() -> COOKIES.unsign("user", "8" + signed.substring(1), "auth", null))
                .isInstanceOf(BadSignature.class);
        assertThatThrownBy(() -> COOKIES.unsign("admin", signed, "auth", null)).isInstanceOf(BadSignature.class);
        assertThatThrownBy(() -> COOKIES.unsign("user", signed, "", null)).isInstanceOf(BadSignature.class);
        assertThatThrownBy(() -> COOKIES.unsign("user", "7", "auth", null)).isInstanceOf(BadSignature.class);
    }

    @Test
    void name_and_salt_are_joined_as_django_does() {
        assertThat(COOKIES.unsign("ab", COOKIES.sign("a", "v", "b"), "", null)).isEqualTo("v");
    }

    @Test
    void an_old_value_expires_with_max_age() {
        String signed = COOKIES.sign("theme", "dark", "");
        SignedCookies later = at(NOW.plus(Duration.ofHours(2)));
        assertThatThrownBy(() -> later.unsign("theme", signed, "", Duration.ofHours(1)))
                .isInstanceOf(SignatureExpired.class);
        assertThat(later.get(Map.of("theme", signed), "theme", "", Duration.ofHours(1))).isEmpty();
        assertThat(later.get(Map.of("theme", signed), "theme", "", null)).contains("dark");
    }

    @Test
    void get_is_empty_for_an_absent_or_tampered_cookie() {
        assertThat(COOKIES.get(Map.of(), "theme", "", null)).isEmpty();
        assertThat(COOKIES.get(Map.of("theme", "dark"), "theme", "", null)).isEmpty();
        assertThat(COOKIES.get(Cookies.parse("theme=dark:1r31eq:forged"), "theme", "", null)).isEmpty();
    }

    @Test
    void fallback_keys_verify_values_signed_before_a_rotation() {
        String signedBefore = SignedCookies.of("old-key", List.of()).sign("theme", "dark", "");
        SignedCookies rotated = SignedCookies.of(KEY, List.of("old-key"));
        assertThat(rotated.unsign("theme", signedBefore, "", null)).isEqualTo("dark");
        assertThatThrownBy(() -> SignedCookies.of(KEY, List.of()).unsign("theme", signedBefore, "", null))
                .isInstanceOf(BadSignature.class);
    }

    @Test
    void signing_a_cookie_keeps_its_attributes_and_survives_the_header_round_trip() {
        Cookie cookie = Cookie.builder("theme", "dark blue").httpOnly(true).build();
        Cookie signed = COOKIES.sign(cookie, "prefs");
        assertThat(signed.httpOnly()).isTrue();
        String header = signed.toHeaderValue();
        String sent = header.substring(0, header.indexOf(';'));
        assertThat(COOKIES.get(Cookies.parse(sent), "theme", "prefs", null)).contains("dark blue");
    }

    @Test
    void an_empty_secret_key_is_refused_with_advice() {
        assertThatThrownBy(() -> SignedCookies.of("", List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("secretKey");
    }
}
