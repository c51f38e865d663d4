package dev.jango.core.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SignerTest {

    private static final String KEY = "jango-test-secret-key-0123456789";
    private static final Signer SIGNER = Signer.builder(KEY).build();

    @Test
    void the_default_salt_is_djangos_class_path_and_an_empty_salt_keeps_it() {
        assertThat(SIGNER.salt()).isEqualTo("django.core.signing.Signer");
        assertThat(Signer.builder(KEY).salt("").build().sign("x")).isEqualTo(SIGNER.sign("x"));
        assertThat(Signer.builder(KEY).salt(null).build().salt()).isEqualTo(Signer.DEFAULT_SALT);
    }

    @Test
    void a_value_containing_the_separator_round_trips() {
        assertThat(SIGNER.unsign(SIGNER.sign("a:b::c:"))).isEqualTo("a:b::c:");
        assertThat(SIGNER.unsign(SIGNER.sign(""))).isEmpty();
    }

    @Test
    void sign_appends_the_separator_and_the_signature() {
        assertThat(SIGNER.sign("hello")).isEqualTo("hello:" + SIGNER.signature("hello"));
        assertThat(SIGNER.signature("hello")).hasSize(43).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void a_tampered_value_is_refused() {
        String signed = SIGNER.sign("user:7");
        assertThatThrownBy(() -> SIGNER.unsign("user:8" + signed.substring(6)))
                .isInstanceOf(BadSignature.class).hasMessage("Signature does not match");
    }

    @Test
    void a_tampered_or_truncated_signature_is_refused() {
        String signed = SIGNER.sign("hello");
        char last = signed.charAt(signed.length() - 1);
        String flipped = signed.substring(0, signed.length() - 1) + (last == 'A' ? 'B' : 'A');
        assertThatThrownBy(() -> SIGNER.unsign(flipped)).isInstanceOf(BadSignature.class);
        assertThatThrownBy(() -> SIGNER.unsign(signed.substring(0, signed.length() - 1)))
                .isInstanceOf(BadSignature.class);
        assertThatThrownBy(() -> SIGNER.unsign(signed + "A")).isInstanceOf(BadSignature.class);
        assertThatThrownBy(() -> SIGNER.unsign("hello:")).isInstanceOf(BadSignature.class);
        assertThatThrownBy(() -> SIGNER.unsign("hello:ünïcode✓")).isInstanceOf(BadSignature.class);
    }

    @Test
    void the_message_never_tells_the_expected_signature() {
        String expected = SIGNER.signature("hello");
        assertThatThrownBy(() -> SIGNER.unsign("hello:wrong"))
                .isInstanceOf(BadSignature.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(expected));
    }

    @Test
    void a_value_without_separator_or_empty_is_refused() {
        assertThatThrownBy(() -> SIGNER.unsign("hello")).isInstanceOf(BadSignature.class)
                .hasMessage("No \":\" found in value");
        assertThatThrownBy(() -> SIGNER.unsign("")).isInstanceOf(BadSignature.class);
    }

    @Test
    void another_salt_or_key_does_not_verify() {
        String signed = SIGNER.sign("hello");
        assertThatThrownBy(() -> Signer.builder(KEY).salt("other").build().unsign(signed))
                .isInstanceOf(BadSignature.class);
        assertThatThrownBy(() -> Signer.builder("another-key").build().unsign(signed))
                .isInstanceOf(BadSignature.class);
    }

    @Test
    void fallback_keys_verify_but_never_sign() {
        String byOldKey = Signer.builder("old-key").build().sign("hello");
        Signer rotated = Signer.builder("new-key").fallbackKeys(List.of("older-key", "old-key")).build();
        assertThat(rotated.unsign(byOldKey)).isEqualTo("hello");
        assertThat(rotated.sign("hello")).isEqualTo(Signer.builder("new-key").build().sign("hello"));
        assertThatThrownBy(() -> Signer.builder("new-key").build().unsign(byOldKey))
                .isInstanceOf(BadSignature.class);
        assertThatThrownBy(() -> Signer.builder("old-key").build().unsign(rotated.sign("hello")))
                .isInstanceOf(BadSignature.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", "=", "_", "abc", "A-z0_9=", "[", "^", "`"})
    void an_unsafe_separator_is_refused_as_django_does(String separator) {
        assertThatThrownBy(() -> Signer.builder(KEY).separator(separator))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Unsafe Signer separator");
    }

    @Test
    void a_safe_custom_separator_is_used_throughout() {
        Signer slash = Signer.builder(KEY).separator("/").build();
        String signed = slash.sign("a:b");
        assertThat(signed).isEqualTo("a:b/" + slash.signature("a:b"));
        assertThat(slash.unsign(signed)).isEqualTo("a:b");
        assertThatThrownBy(() -> slash.unsign("a:b:" + slash.signature("a:b")))
                .isInstanceOf(BadSignature.class).hasMessage("No \"/\" found in value");
    }

    @Test
    void other_algorithms_sign_with_their_own_digest_length() {
        Signer sha512 = Signer.builder(KEY).algorithm("sha512").build();
        assertThat(sha512.signature("x")).hasSize(86);
        assertThat(sha512.unsign(sha512.sign("x"))).isEqualTo("x");
        assertThatThrownBy(() -> SIGNER.unsign(sha512.sign("x"))).isInstanceOf(BadSignature.class);
        assertThatThrownBy(() -> Signer.builder(KEY).algorithm("md5"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("md5");
    }

    @Test
    void an_empty_key_is_refused() {
        assertThatThrownBy(() -> Signer.builder("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Signer.builder(KEY).fallbackKeys(List.of("")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
